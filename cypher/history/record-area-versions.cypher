// Write the present state of each admin area in $ids as its open version, closing the one it replaces: its properties (parentId is one) without its boundary geometry, which is large, drawn from files and not a fact of the record ($ignored names those fields too). Same parameters as record-engagement-versions.
UNWIND $ids AS id
MATCH (area:AdminArea {id: id})
WITH area, area {.*} AS state
OPTIONAL MATCH (open:Version {recordKind: 'area', recordId: area.id, versionTo: $openEnd})
// A link that is absent now and was absent then (no section, no chair) is no change: null = null is not true in Cypher.
WITH area, state, open,
     CASE WHEN open IS NULL THEN [k IN keys(state) WHERE NOT k IN $ignored AND state[k] IS NOT NULL]
     ELSE [k IN keys(state) WHERE NOT k IN $ignored AND NOT (state[k] IS NULL AND open[k] IS NULL) AND NOT coalesce(state[k] = open[k], false)]
          + [k IN keys(open) WHERE NOT k IN $ignored AND NOT k IN $meta AND NOT k IN keys(state)]
     END AS changed
WHERE open IS NULL OR size(changed) > 0
// Never before the version it closes (a load dated in the past over newer history): no interval ends before it begins.
WITH *, CASE WHEN open IS NOT NULL AND open.versionFrom > $now THEN open.versionFrom ELSE $now END AS startsAt
SET open.versionTo = startsAt
CREATE (v:Version)
SET v = state
// Not the record's id nor its import stamps: queries that find records by them (import undo) must never find a version.
REMOVE v.id, v.writeToken, v.createdByImport, v.writtenByImport, v.writtenByImportAt,
       v.boundary, v.boundaryBbox, v.boundaryOriginal, v.boundaryPoints, v.boundarySource, v.boundaryUpdatedAt
SET v.versionId = randomUUID(), v.recordKind = 'area', v.recordId = area.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = [area.id]
// Every version of the record takes the level of the newest, as for actors: a record raised since is hidden in its past too.
WITH v, area, area.id AS recordId
CALL (v, area, recordId) {
  MATCH (version:Version {recordKind: 'area', recordId: recordId})
  SET version.recordLevel = 'public'
}
RETURN count(v) AS written
