// Write the present state of each tie in $ids as its open version, with its type and ends as fields (a retype is a change of `type`), closing at $now the open version it replaces; a tie whose fields did not change gets no new version. Same parameters as record-actor-versions, and $relationshipTypes: every tie type.
// One pass over the ties with the ids as a set: a lookup per id scanned every tie for each (the dynamic type uses no index), 457 s to load a 5k map.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id IN $ids
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
  SET version.recordLevel = coalesce(t.sensitivity, 'internal')
}
RETURN count(v) AS written
