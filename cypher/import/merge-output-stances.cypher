// Actors that contribute to or obstruct an output or activity, found by indexed id (the seed's label-less match scans every node: too slow for 3W files); only actors the importer may see ($access).
UNWIND $stances AS row
MATCH (a:Actor {id: row.actorId})
WHERE @visibleActor(a)
OPTIONAL MATCH (o:Output {id: row.targetId})
OPTIONAL MATCH (x:Activity {id: row.targetId})
WITH a, row, coalesce(o, x) AS target
WHERE target IS NOT NULL
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'contributes_to'
  MERGE (a)-[:CONTRIBUTES_TO]->(target)
}
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'obstructs'
  MERGE (a)-[:OBSTRUCTS]->(target)
}
