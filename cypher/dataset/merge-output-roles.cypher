// Who leads or supports which output, and in which admin areas (empty: country-wide); only actors the writer may see ($access; the seed sees all); a new role gets a random id (/api/output-roles); links stamped with the import ($importId; see undo-import).
UNWIND $roles AS row
MATCH (a:Actor {id: row.actorId}), (o:Output {id: row.outputId})
WHERE @visibleActor(a)
CALL (a, o, row) {
  WITH a, o, row WHERE row.role = 'lead'
  MERGE (a)-[r:LEADS]->(o)
  ON CREATE SET r.id = randomUUID(), r.createdByImport = $importId
  SET r.writtenByImport = $importId, r.areaIds = row.areaIds
}
CALL (a, o, row) {
  WITH a, o, row WHERE row.role = 'support'
  MERGE (a)-[r:SUPPORTS]->(o)
  ON CREATE SET r.id = randomUUID(), r.createdByImport = $importId
  SET r.writtenByImport = $importId, r.areaIds = row.areaIds
}
