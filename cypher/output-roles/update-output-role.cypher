// Update a role's properties (null removes one: from, to); its actor and output stay. Matched by id, type, actor and output, and only if the viewer may see the actor ($access).
MATCH (a:Actor {id: $actorId})-[r:$($relationshipType)]->(o:Output {id: $outputId})
WHERE r.id = $id
  AND @visibleActor(a)
SET r += $properties, r.updatedAt = datetime()
RETURN count(r) AS updated
