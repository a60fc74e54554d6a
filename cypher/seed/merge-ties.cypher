// Create or update ties by id between existing actors (rows are prepared as for create-tie).
UNWIND $ties AS row
MATCH (s:Actor {id: row.sourceId}), (e:Actor {id: row.targetId})
MERGE (s)-[t:$(row.relationshipType) {id: row.properties.id}]->(e)
ON CREATE SET t.createdAt = datetime()
SET t += row.properties, t.updatedAt = datetime()
