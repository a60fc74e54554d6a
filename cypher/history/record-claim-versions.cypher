// Write the present state of each claim in $ids as its open version, closing the one it replaces: its properties (tieId and actorId, the subject, are among them) plus fromSourceId, the source it comes from (not sourceId, which tie versions use for their start). Its contested flags are computed ($ignored). Same parameters as record-engagement-versions.
UNWIND $ids AS id
MATCH (claim:Claim {id: id})-[:FROM_SOURCE]->(source:Source)
WITH claim, source, claim {.*, fromSourceId: source.id} AS state
OPTIONAL MATCH (open:Version {recordKind: 'claim', recordId: claim.id, versionTo: $openEnd})
// A link that is absent now and was absent then (no section, no chair) is no change: null = null is not true in Cypher.
WITH claim, source, state, open,
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
       v.contestedAt
SET v.versionId = randomUUID(), v.recordKind = 'claim', v.recordId = claim.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = []
// Every version of the record takes the level of the newest, as for actors: a record raised since is hidden in its past too.
WITH v, claim, source, claim.id AS recordId
CALL (v, claim, source, recordId) {
  MATCH (version:Version {recordKind: 'claim', recordId: recordId})
  SET version.recordLevel = coalesce(source.sensitivity, 'internal')
}
RETURN count(v) AS written
