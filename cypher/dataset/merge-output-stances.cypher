// Actors that contribute to or obstruct an output or activity, found by indexed id (a label-less match would scan every node); only actors the writer may see ($access; the seed sees all); links stamped with the import ($importId; see undo-import).
UNWIND $stances AS row
MATCH (a:Actor {id: row.actorId})
WHERE @visibleActor(a)
OPTIONAL MATCH (o:Output {id: row.targetId})
OPTIONAL MATCH (x:Activity {id: row.targetId})
WITH a, row, coalesce(o, x) AS target
WHERE target IS NOT NULL
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'contributes_to'
  MERGE (a)-[link1:CONTRIBUTES_TO]->(target)
  ON CREATE SET link1.createdByImport = $importId
  SET link1.writtenByImport = $importId
}
CALL (a, target, row) {
  WITH a, target, row WHERE row.stance = 'obstructs'
  MERGE (a)-[link2:OBSTRUCTS]->(target)
  ON CREATE SET link2.createdByImport = $importId
  SET link2.writtenByImport = $importId
}
