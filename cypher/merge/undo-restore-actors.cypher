// Undo a merge ($mergeId), first step: remove every link of the kept actor but grants (they are recreated from the copies, exactly as before the merge), give it back its fields as they were, and recreate each duplicate from its copy with its labels, removing the tombstone this merge left for it.
MATCH (rec:MergeRecord {id: $mergeId})
MATCH (kept:Actor {id: rec.keptId})
CALL (kept) {
  MATCH (kept)-[r]-()
  WHERE type(r) <> 'GRANTED'
  DELETE r
}
WITH rec, kept
MATCH (rec)-[:HAD_ACTOR {kept: true}]->(keptCopy:MergeActorCopy)
SET kept = properties(keptCopy)
WITH rec
MATCH (rec)-[h:HAD_ACTOR {kept: false}]->(copy:MergeActorCopy)
OPTIONAL MATCH (tomb:MergedActor {id: h.actorId, mergeId: rec.id})
DELETE tomb
CREATE (d:$(h.labels))
SET d = properties(copy)
RETURN count(d) AS restored
