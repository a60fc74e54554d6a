// Delete one role, matched by id, type, actor and output, and only if the viewer may see the actor ($access).
MATCH (a:Actor {id: $actorId})-[r:$($relationshipType)]->(o:Output {id: $outputId})
WHERE r.id = $id
  AND @visibleActor(a)
DELETE r
RETURN count(*) AS deleted
