// Who leads or supports which output, and in which admin areas (empty: country-wide); only actors the writer may see ($access; the seed sees all). A role is matched by actor, output and type; a new one keeps the row's id (snapshots) when no role holds it, else gets a random id (/api/output-roles); dates and note are written when the row states them, else left as they are. Links stamped with the import ($importId; see undo-import).
UNWIND $roles AS row
MATCH (a:Actor {id: row.actorId}), (o:Output {id: row.outputId})
WHERE @visibleActor(a)
WITH a, o, row,
     CASE WHEN row.id IS NOT NULL AND NOT EXISTS { MATCH ()-[held:LEADS|SUPPORTS]->() WHERE held.id = row.id } THEN row.id END AS freeId
CALL (a, o, row, freeId) {
  WITH a, o, row, freeId WHERE row.role = 'lead'
  MERGE (a)-[r:LEADS]->(o)
  ON CREATE SET r.id = coalesce(freeId, randomUUID()), r.createdByImport = $importId
  SET r.writtenByImport = $importId, r.writtenByImportAt = datetime($writtenAt), r.areaIds = row.areaIds,
      r.from = coalesce(row.from, r.from), r.to = coalesce(row.to, r.to), r.note = coalesce(row.note, r.note)
}
CALL (a, o, row, freeId) {
  WITH a, o, row, freeId WHERE row.role = 'support'
  MERGE (a)-[r:SUPPORTS]->(o)
  ON CREATE SET r.id = coalesce(freeId, randomUUID()), r.createdByImport = $importId
  SET r.writtenByImport = $importId, r.writtenByImportAt = datetime($writtenAt), r.areaIds = row.areaIds,
      r.from = coalesce(row.from, r.from), r.to = coalesce(row.to, r.to), r.note = coalesce(row.note, r.note)
}
