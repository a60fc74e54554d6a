// Actors that contribute to or obstruct an output or an activity.
UNWIND $stances AS row
MATCH (a:Actor {id: row.actorId})
MATCH (target) WHERE (target:Output OR target:Activity) AND target.id = row.targetId
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'contributes_to'
  MERGE (a)-[:CONTRIBUTES_TO]->(target)
}
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'obstructs'
  MERGE (a)-[:OBSTRUCTS]->(target)
}
