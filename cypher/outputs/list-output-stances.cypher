// Actors the viewer may see ($access) that contribute to or obstruct an output or one of its activities, by name.
MATCH (o:Output {id: $id})
MATCH (a:Actor)-[r:CONTRIBUTES_TO|OBSTRUCTS]->(target)
WHERE (target = o OR EXISTS { (o)-[:HAS_ACTIVITY]->(target) }) AND @visibleActor(a)
RETURN {actorId: a.id, name: a.name, acronym: a.acronym, targetId: target.id, stance: toLower(type(r))} AS stance
ORDER BY toLower(a.name), a.id, target.id
