// Remove a visible actor's ($access) stance on an output or activity; returns how many were removed (0: none, or the actor is hidden).
MATCH (a:Actor {id: $actorId})-[r:CONTRIBUTES_TO|OBSTRUCTS]->(target)
WHERE target.id = $targetId AND (target:Output OR target:Activity) AND @visibleActor(a)
DELETE r
RETURN count(r) AS deleted
