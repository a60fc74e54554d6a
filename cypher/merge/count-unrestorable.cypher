// What stops undoing a merge ($mergeId) for the viewer ($access), counted and never named: a kept copy of an actor they may not see now, a kept copy of a tie or other link above their clearance, a link whose other end is gone or has no id, an id of a duplicate held by an actor again, or a saved view no longer there is not counted (it is simply left as it is).
MATCH (rec:MergeRecord {id: $mergeId})
CALL (rec) {
  MATCH (rec)-[:HAD_ACTOR]->(copy:MergeActorCopy)
  WHERE NOT @visibleActor(copy)
  RETURN count(copy) AS hiddenActors
}
CALL (rec) {
  MATCH (rec)-[h:HAD_LINK]->(copy:MergeLinkCopy)
  WHERE (h.type IN $relationshipTypes AND NOT @withinClearance(copy))
     OR (NOT h.type IN $relationshipTypes AND NOT @withinClearanceIfMarked(copy))
  RETURN count(copy) AS hiddenLinks
}
CALL (rec) {
  MATCH (rec)-[h:HAD_LINK]->(:MergeLinkCopy)
  WHERE h.startId IS NULL OR h.endId IS NULL
     OR (NOT h.startId IN rec.duplicateIds AND NOT EXISTS { MATCH (s:$(h.startLabels) {id: h.startId}) })
     OR (NOT h.endId IN rec.duplicateIds AND NOT EXISTS { MATCH (e:$(h.endLabels) {id: h.endId}) })
  RETURN count(h) AS lostEnds
}
CALL (rec) {
  MATCH (taken:Actor)
  WHERE taken.id IN rec.duplicateIds
  RETURN count(taken) AS takenIds
}
RETURN hiddenActors + hiddenLinks + lostEnds + takenIds AS blocking
