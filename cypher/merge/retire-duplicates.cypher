// Remove the merged duplicates ($duplicateIds; their links have moved) and leave for each a tombstone naming the kept actor ($keptId), the merge ($mergeId) and the duplicate's sensitivity (who may learn where it went); earlier tombstones pointing at a duplicate now point at the kept actor, remembering where they pointed so an undo of this merge can put them back.
UNWIND $duplicateIds AS id
MATCH (d:Actor {id: id})
WITH id, d, d.sensitivity AS sensitivity
DETACH DELETE d
MERGE (tomb:MergedActor {id: id})
SET tomb.mergedInto = $keptId, tomb.mergedAt = datetime(), tomb.sensitivity = sensitivity, tomb.mergeId = $mergeId
WITH collect(id) AS retired
OPTIONAL MATCH (earlier:MergedActor)
WHERE earlier.mergedInto IN retired
SET earlier.previousMergedInto = earlier.mergedInto, earlier.redirectedByMerge = $mergeId, earlier.mergedInto = $keptId
RETURN size(retired) AS retired
