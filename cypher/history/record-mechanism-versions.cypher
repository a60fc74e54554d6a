// Write the present state of each coordination mechanism in $ids as its open version, closing the one it replaces: its properties plus memberIds, chairId, areaIds (the areas it covers: a field here) and outputIds, sorted, every member hidden or not. Same parameters as record-engagement-versions.
UNWIND $ids AS id
MATCH (m:CoordinationMechanism {id: id})
WITH m, m {
  .*,
  memberIds: COLLECT { MATCH (member:Actor)-[:MEMBER_OF]->(m) RETURN member.id ORDER BY member.id },
  chairId: head(COLLECT { MATCH (chair:Actor)-[:CHAIRS]->(m) RETURN chair.id ORDER BY chair.id }),
  areaIds: COLLECT { MATCH (m)-[:COVERS_AREA]->(covered:AdminArea) RETURN covered.id ORDER BY covered.id },
  outputIds: COLLECT { MATCH (m)-[:COORDINATES]->(coordinated:Output) RETURN coordinated.id ORDER BY coordinated.id }
} AS state
OPTIONAL MATCH (open:Version {recordKind: 'mechanism', recordId: m.id, versionTo: $openEnd})
// A link that is absent now and was absent then (no section, no chair) is no change: null = null is not true in Cypher.
WITH m, state, open,
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
REMOVE v.id, v.writeToken, v.createdByImport, v.writtenByImport, v.writtenByImportAt
SET v.versionId = randomUUID(), v.recordKind = 'mechanism', v.recordId = m.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = state.areaIds
// Every version of the record takes the level of the newest, as for actors: a record raised since is hidden in its past too.
WITH v, m, m.id AS recordId
CALL (v, m, recordId) {
  MATCH (version:Version {recordKind: 'mechanism', recordId: recordId})
  SET version.recordLevel = m.sensitivity
}
RETURN count(v) AS written
