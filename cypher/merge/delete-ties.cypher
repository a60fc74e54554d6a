// Delete ties a merge combines into another or would turn into a tie of the kept actor to itself, matched by id, type and ends.
UNWIND $ties AS row
MATCH (s:Actor {id: row.sourceId})-[t:$(row.relationshipType)]->(e:Actor {id: row.targetId})
WHERE t.id = row.id
DELETE t
RETURN count(*) AS deleted
