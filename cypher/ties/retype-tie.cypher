// Change a tie's type: relationship types are fixed in Neo4j, so the tie is recreated with the same id and properties. Matched by id, old type and ends, and only if the viewer may see it ($access).
MATCH (s:Actor {id: $sourceId})-[old:$($oldRelationshipType)]->(e:Actor {id: $targetId})
WHERE old.id = $id
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(old, s, e)
CREATE (s)-[t:$($relationshipType)]->(e)
SET t = properties(old)
DELETE old
RETURN t.id AS id
