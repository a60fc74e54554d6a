// Write the present state of each actor in $ids as its open version (validity from $now to $openEnd), closing at $now the open version it replaces; an actor whose fields did not change (bookkeeping fields in $ignored aside) gets no new version. $op says why (create, update, revert, import, merge, baseline), $by who. Returns the versions written.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a, a {
  .*,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS state
OPTIONAL MATCH (open:Version {recordKind: 'actor', recordId: a.id, versionTo: $openEnd})
WITH a, state, open,
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
SET v.versionId = randomUUID(), v.recordKind = 'actor', v.recordId = a.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = state.basedIn + state.activeIn
// Every version of the record takes the level of the newest: an actor raised to strictly confidential
// (to protect them) must not stay readable in its public past, on a past map or in its history.
WITH v, a
CALL (v, a) {
  MATCH (version:Version {recordKind: 'actor', recordId: a.id})
  // Only those not yet at that level: a record edited every week must not rewrite all its versions on each edit.
  WHERE version.recordLevel IS NULL OR version.recordLevel <> coalesce(a.sensitivity, 'internal')
  SET version.recordLevel = coalesce(a.sensitivity, 'internal')
}
RETURN count(v) AS written
