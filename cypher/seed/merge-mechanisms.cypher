// Coordination mechanisms with their members, the areas they cover and the outputs they coordinate; only actors the writer may see ($access; the seed sees all) become members.
UNWIND $mechanisms AS row
MERGE (m:CoordinationMechanism {id: row.id})
SET m.name = row.name, m.kind = row.kind, m.fictional = $fictional
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
