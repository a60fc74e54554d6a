// Create a coordination mechanism with its members, chair, areas and outputs (all checked to exist and be visible before this runs). Run only when its id is free.
CREATE (m:CoordinationMechanism {id: $id})
SET m.name = $name, m.kind = $kind, m.fictional = false, m.writeToken = $writeToken, m.createdAt = datetime(), m.updatedAt = datetime()
WITH m
CALL (m) {
  UNWIND $memberIds AS memberId
  MATCH (joining:Actor {id: memberId})
  MERGE (joining)-[:MEMBER_OF]->(m)
}
CALL (m) {
  UNWIND $areaIds AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (m)-[:COVERS_AREA]->(area)
}
CALL (m) {
  UNWIND $outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (m)-[:COORDINATES]->(o)
}
CALL (m) {
  MATCH (chair:Actor {id: $chairId})
  MERGE (chair)-[:CHAIRS]->(m)
}
RETURN m.id AS id
