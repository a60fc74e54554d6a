// Create one tie of an allowlisted relationship type between two existing actors; no row if either is missing.
MATCH (s:Actor {id: $sourceId}), (e:Actor {id: $targetId})
CREATE (s)-[t:$($relationshipType)]->(e)
SET t = $properties, t.createdAt = datetime(), t.updatedAt = datetime()
RETURN t.id AS id
