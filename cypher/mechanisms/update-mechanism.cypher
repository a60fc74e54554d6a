// Change a visible mechanism ($access): name and kind; a list given (not null) replaces the areas, the outputs, or the members the viewer may see (hidden members always stay); $setChair replaces a visible chair (the caller has refused a hidden one).
MATCH (m:CoordinationMechanism {id: $id})
WHERE @visibleMechanism(m)
SET m += $properties, m.updatedAt = datetime()
WITH m
CALL (m) {
  WITH m WHERE $memberIds IS NOT NULL
  OPTIONAL MATCH (leaving:Actor)-[membership:MEMBER_OF]->(m)
  WHERE NOT leaving.id IN $memberIds AND @visibleActor(leaving)
  DELETE membership
}
CALL (m) {
  WITH m WHERE $memberIds IS NOT NULL
  UNWIND $memberIds AS memberId
  MATCH (joining:Actor {id: memberId})
  MERGE (joining)-[:MEMBER_OF]->(m)
}
CALL (m) {
  WITH m WHERE $areaIds IS NOT NULL
  OPTIONAL MATCH (m)-[covers:COVERS_AREA]->(:AdminArea)
  DELETE covers
}
CALL (m) {
  WITH m WHERE $areaIds IS NOT NULL
  UNWIND $areaIds AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (m)-[:COVERS_AREA]->(area)
}
CALL (m) {
  WITH m WHERE $outputIds IS NOT NULL
  OPTIONAL MATCH (m)-[coordinates:COORDINATES]->(:Output)
  DELETE coordinates
}
CALL (m) {
  WITH m WHERE $outputIds IS NOT NULL
  UNWIND $outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (m)-[:COORDINATES]->(o)
}
CALL (m) {
  WITH m WHERE $setChair
  OPTIONAL MATCH (:Actor)-[chairs:CHAIRS]->(m)
  DELETE chairs
}
CALL (m) {
  WITH m WHERE $setChair AND $chairId IS NOT NULL
  MATCH (chair:Actor {id: $chairId})
  MERGE (chair)-[:CHAIRS]->(m)
}
RETURN count(m) AS updated
