// Coordination mechanisms (row.properties: the fields to write) with their members, chair, the areas they cover and the outputs they coordinate; only actors the writer may see ($access; the seed sees all) become members, and a mechanism the writer may not see (no visible member) is never matched (imports refuse its id before). Stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $mechanisms AS row
OPTIONAL MATCH (held:CoordinationMechanism {id: row.id})
WITH row, held
WHERE held IS NULL OR @visibleMechanism(held)
MERGE (m:CoordinationMechanism {id: row.id})
ON CREATE SET m.createdByImport = $importId
SET m += row.properties, m.updatedAt = datetime($writtenAt), m.writtenByImport = $importId, m.writtenByImportAt = datetime($writtenAt)
WITH m, row
CALL (m, row) {
  UNWIND row.memberIds AS actorId
  MATCH (a:Actor {id: actorId})
  WHERE @visibleActor(a)
  MERGE (a)-[link1:MEMBER_OF]->(m)
  ON CREATE SET link1.createdByImport = $importId
  SET link1.writtenByImport = $importId
}
CALL (m, row) {
  UNWIND row.areaIds AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (m)-[link2:COVERS_AREA]->(area)
  ON CREATE SET link2.createdByImport = $importId
  SET link2.writtenByImport = $importId
}
CALL (m, row) {
  UNWIND row.outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (m)-[link3:COORDINATES]->(o)
  ON CREATE SET link3.createdByImport = $importId
  SET link3.writtenByImport = $importId
}
// The chair (a member, when the row names one): replaces a visible chair, never a hidden one (as PATCH /api/mechanisms does).
CALL (m, row) {
  WITH m, row WHERE row.chairId IS NOT NULL
  MATCH (chair:Actor {id: row.chairId})-[:MEMBER_OF]->(m)
  WHERE @visibleActor(chair) AND NOT EXISTS { MATCH (hiddenChair:Actor)-[:CHAIRS]->(m) WHERE NOT @visibleActor(hiddenChair) }
  CALL (m, chair) {
    OPTIONAL MATCH (other:Actor)-[oldChair:CHAIRS]->(m) WHERE other <> chair
    DELETE oldChair
  }
  MERGE (chair)-[link4:CHAIRS]->(m)
  ON CREATE SET link4.createdByImport = $importId
  SET link4.writtenByImport = $importId
}
