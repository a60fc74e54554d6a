// Undo a merge ($mergeId), second step (the actors are back): recreate every link the merged actors had before it, with its type, ends and properties as they were.
MATCH (rec:MergeRecord {id: $mergeId})-[h:HAD_LINK]->(copy:MergeLinkCopy)
MATCH (s:$(h.startLabels) {id: h.startId})
MATCH (e:$(h.endLabels) {id: h.endId})
CREATE (s)-[r:$(h.type)]->(e)
SET r = properties(copy)
RETURN count(r) AS restored
