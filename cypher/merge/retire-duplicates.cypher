// Remove the merged duplicates ($duplicateIds; their links have moved) and leave for each a tombstone naming the kept actor ($keptId); earlier tombstones pointing at a duplicate now point at the kept actor.
UNWIND $duplicateIds AS id
MATCH (d:Actor {id: id})
DETACH DELETE d
MERGE (tomb:MergedActor {id: id})
SET tomb.mergedInto = $keptId, tomb.mergedAt = datetime()
WITH collect(id) AS retired
OPTIONAL MATCH (earlier:MergedActor)
WHERE earlier.mergedInto IN retired
SET earlier.mergedInto = $keptId
RETURN size(retired) AS retired
