// Create one lead or support role ($relationshipType: LEADS or SUPPORTS, from the allowlist) of a visible actor ($access) on an output, idempotently: a retry of the same write ($writeToken) finds its own role. No row if the actor or the output is missing.
MATCH (a:Actor {id: $actorId}), (o:Output {id: $outputId})
WHERE @visibleActor(a)
MERGE (a)-[r:$($relationshipType) {id: $properties.id}]->(o)
ON CREATE SET r = $properties, r.writeToken = $writeToken, r.createdAt = datetime(), r.updatedAt = datetime()
RETURN r.id AS id
