// Turn a lead into a support role or back: relationship types are fixed in Neo4j, so the role is recreated with the same id and properties. Matched by id, old type, actor and output, and only if the viewer may see the actor ($access).
MATCH (a:Actor {id: $actorId})-[old:$($oldRelationshipType)]->(o:Output {id: $outputId})
WHERE old.id = $id
  AND @visibleActor(a)
CREATE (a)-[r:$($relationshipType)]->(o)
SET r = properties(old)
DELETE old
RETURN r.id AS id
