// Write the present state of each tie in $ids as its open version, with its type and ends as fields (a retype is a change of `type`), closing at $now the open version it replaces; a tie whose fields did not change gets no new version. Same parameters as record-actor-versions.
// Each tie is found by one seek of its type's id index (constraints.cypher), one type per branch: a dynamic type ($any) uses no
// index, so a lookup per id scanned every tie (457 s to load a 5k map) and one pass over every tie made each PATCH as slow as the map
// is big. tests/unit/record-tie-versions.test.ts fails when a tie type of the allowlist has no branch here.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Actor)-[t:ALLIED_WITH {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:IN_CONFLICT_WITH {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:AFFILIATED_WITH {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:FUNDS {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:INFLUENCES {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:MEDIATES_BETWEEN {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:COOPERATES_WITH {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:COMMUNICATES_WITH {id: id}]->(e:Actor) RETURN s, t, e
  UNION ALL
  MATCH (s:Actor)-[t:IMPLEMENTS_FOR {id: id}]->(e:Actor) RETURN s, t, e
}
WITH t, t {.*, type: toLower(type(t)), sourceId: s.id, targetId: e.id} AS state
OPTIONAL MATCH (open:Version {recordKind: 'tie', recordId: t.id, versionTo: $openEnd})
WITH t, state, open,
     CASE WHEN open IS NULL THEN [k IN keys(state) WHERE NOT k IN $ignored]
     ELSE [k IN keys(state) WHERE NOT k IN $ignored AND NOT coalesce(state[k] = open[k], false)]
          + [k IN keys(open) WHERE NOT k IN $ignored AND NOT k IN $meta AND NOT k IN keys(state)]
     END AS changed
WHERE open IS NULL OR size(changed) > 0
// Never before the version it closes (a load dated in the past over newer history): no interval ends before it begins.
WITH *, CASE WHEN open IS NOT NULL AND open.versionFrom > $now THEN open.versionFrom ELSE $now END AS startsAt
SET open.versionTo = startsAt
CREATE (v:Version)
SET v = state
// Not the record's id, its import stamps nor its computed evidence grade: queries that find records by them (import undo) must never find a version.
REMOVE v.id, v.writeToken, v.createdByImport, v.writtenByImport, v.writtenByImportAt,
       v.evidenceGrades, v.evidenceClaims, v.evidenceSources, v.evidenceContested
SET v.versionId = randomUUID(), v.recordKind = 'tie', v.recordId = t.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed
// Every version of the record takes the level of the newest: an actor raised to strictly confidential
// (to protect them) must not stay readable in its public past, on a past map or in its history.
WITH v, t
CALL (v, t) {
  MATCH (version:Version {recordKind: 'tie', recordId: t.id})
  // Only those not yet at that level: a record edited every week must not rewrite all its versions on each edit.
  WHERE version.recordLevel IS NULL OR version.recordLevel <> coalesce(t.sensitivity, 'internal')
  SET version.recordLevel = coalesce(t.sensitivity, 'internal')
}
RETURN count(v) AS written
