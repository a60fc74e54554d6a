// Before a merge writes anything, keep what undoing it needs: a MergeRecord ($mergeId, who merged: $userId) holding an exact copy of every merged actor ($ids; $keptId is kept) with its labels, of every link touching them (type, ends by labels and id, properties; grants excluded, a merge refuses them) and of every saved view naming a duplicate ($duplicateIds). Copies are nodes, so values keep their types.
CREATE (rec:MergeRecord {id: $mergeId, keptId: $keptId, duplicateIds: $duplicateIds, mergedBy: $userId, mergedAt: datetime()})
WITH rec
CALL (rec) {
  UNWIND $ids AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (rec)-[:HAD_ACTOR {actorId: actorId, kept: actorId = $keptId, labels: labels(a)}]->(copy:MergeActorCopy)
  SET copy = properties(a)
  RETURN count(copy) AS actors
}
CALL (rec) {
  MATCH (a:Actor)-[r]-()
  WHERE a.id IN $ids AND type(r) <> 'GRANTED'
  WITH DISTINCT r
  WITH r, startNode(r) AS s, endNode(r) AS e
  CREATE (rec)-[:HAD_LINK {type: type(r), startLabels: labels(s), startId: s.id, endLabels: labels(e), endId: e.id}]->(copy:MergeLinkCopy)
  SET copy = properties(r)
  RETURN count(copy) AS links
}
CALL (rec) {
  MATCH (v:SavedView)
  WHERE any(id IN $duplicateIds WHERE id IN coalesce(v.pinned, []) OR v.positions CONTAINS ('"' + id + '"') OR v.state CONTAINS ('"' + id + '"'))
  CREATE (rec)-[:HAD_VIEW]->(:MergeViewCopy {viewId: v.id, state: v.state, positions: v.positions, pinned: v.pinned})
  RETURN count(v) AS views
}
RETURN rec.id AS mergeId, actors, links, views
