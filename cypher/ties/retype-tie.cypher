// Change a tie's type: relationship types are fixed in Neo4j, so the tie is recreated with the same id and properties.
MATCH (s:Actor)-[old:$any($relationshipTypes)]->(e:Actor)
WHERE old.id = $id
CREATE (s)-[t:$($relationshipType)]->(e)
SET t = properties(old)
DELETE old
RETURN t.id AS id
