// Coordination mechanisms (row.properties: the fields to write) with their members, the areas they cover and the outputs they coordinate; only actors the writer may see ($access; the seed sees all) become members, and a mechanism the writer may not see (no visible member) is never matched (imports refuse its id before).
UNWIND $mechanisms AS row
OPTIONAL MATCH (held:CoordinationMechanism {id: row.id})
WITH row, held
WHERE held IS NULL OR @visibleMechanism(held)
MERGE (m:CoordinationMechanism {id: row.id})
SET m += row.properties
WITH m, row
CALL (m, row) {
  UNWIND row.memberIds AS actorId
  MATCH (a:Actor {id: actorId})
  WHERE @visibleActor(a)
  MERGE (a)-[:MEMBER_OF]->(m)
}
CALL (m, row) {
  UNWIND row.areaIds AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (m)-[:COVERS_AREA]->(area)
}
CALL (m, row) {
  UNWIND row.outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (m)-[:COORDINATES]->(o)
}
