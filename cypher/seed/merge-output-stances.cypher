// Actors that contribute to or obstruct an output or an activity; only actors the writer may see ($access; the seed sees all).
UNWIND $stances AS row
MATCH (a:Actor {id: row.actorId})
WHERE @visibleActor(a)
MATCH (target) WHERE (target:Output OR target:Activity) AND target.id = row.targetId
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'contributes_to'
  MERGE (a)-[:CONTRIBUTES_TO]->(target)
}
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'obstructs'
  MERGE (a)-[:OBSTRUCTS]->(target)
}
