// Which exported actors contribute to or obstruct an output or activity.
MATCH (a:Actor)-[r:CONTRIBUTES_TO|OBSTRUCTS]->(target)
WHERE a.id IN $actorIds AND (target:Output OR target:Activity)
RETURN {actorId: a.id, targetId: target.id, stance: toLower(type(r))} AS stance
ORDER BY a.id, target.id, stance.stance
