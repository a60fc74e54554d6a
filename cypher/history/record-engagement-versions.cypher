// Write the present state of each engagement in $ids as its open version (validity from $now to $openEnd), closing at $now the open version it replaces: its properties plus its links as ids (sectionId, areaId, actorIds and outputIds sorted; every link, hidden or not: need to know judges the version when it is read). An engagement whose fields did not change ($ignored aside) gets no new version. $op says why, $by who. Returns the versions written.
UNWIND $ids AS id
MATCH (g:Engagement {id: id})
WITH g, g {
  .*,
  sectionId: head(COLLECT { MATCH (g)-[:HELD_BY]->(section:Actor) RETURN section.id ORDER BY section.id }),
  areaId: head(COLLECT { MATCH (g)-[:HELD_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }),
  actorIds: COLLECT { MATCH (participant:Actor)-[:PARTICIPATED_IN]->(g) RETURN participant.id ORDER BY participant.id },
  outputIds: COLLECT { MATCH (g)-[:SERVES]->(served:Output) RETURN served.id ORDER BY served.id }
} AS state
OPTIONAL MATCH (open:Version {recordKind: 'engagement', recordId: g.id, versionTo: $openEnd})
// A link that is absent now and was absent then (no section, no chair) is no change: null = null is not true in Cypher.
WITH g, state, open,
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
SET v.versionId = randomUUID(), v.recordKind = 'engagement', v.recordId = g.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = CASE WHEN state.areaId IS NULL THEN [] ELSE [state.areaId] END
// Every version of the record takes the level of the newest, as for actors: a record raised since is hidden in its past too.
WITH v, g, g.id AS recordId
CALL (v, g, recordId) {
  MATCH (version:Version {recordKind: 'engagement', recordId: recordId})
  SET version.recordLevel = coalesce(g.sensitivity, 'internal')
}
RETURN count(v) AS written
