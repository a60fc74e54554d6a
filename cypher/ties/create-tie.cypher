// Create one tie between two existing actors, idempotently: a retry of the same write ($writeToken) finds its own tie (ours = true). No row if either actor is missing.
MATCH (s:Actor {id: $sourceId}), (e:Actor {id: $targetId})
MERGE (s)-[t:$($relationshipType) {id: $properties.id}]->(e)
ON CREATE SET t = $properties, t.writeToken = $writeToken, t.createdAt = datetime(), t.updatedAt = datetime()
RETURN t.id AS id, t.writeToken = $writeToken AS ours
