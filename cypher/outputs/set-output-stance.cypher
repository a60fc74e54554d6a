// Set a visible actor's ($access) stance on an output or activity: the other stance on the same target is removed, so an actor is for or against, never both.
MATCH (a:Actor {id: $actorId})
WHERE @visibleActor(a)
MATCH (target) WHERE (target:Output OR target:Activity) AND target.id = $targetId
OPTIONAL MATCH (a)-[old:CONTRIBUTES_TO|OBSTRUCTS]->(target)
DELETE old
WITH DISTINCT a, target
CALL (a, target) {
  WITH a, target WHERE $stance = 'contributes_to'
  MERGE (a)-[:CONTRIBUTES_TO]->(target)
}
CALL (a, target) {
  WITH a, target WHERE $stance = 'obstructs'
  MERGE (a)-[:OBSTRUCTS]->(target)
}
RETURN {actorId: a.id, name: a.name, acronym: a.acronym, targetId: target.id, stance: $stance} AS stance
