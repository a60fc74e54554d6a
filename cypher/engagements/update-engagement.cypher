// Update an engagement: properties, and the links a list or id is given for. `$actorIds` and `$sectionId` replace only the participants and holding sections the viewer may see ($access): hidden ones stay. The caller has checked the references, and refuses a new section while a hidden one holds the engagement.
MATCH (g:Engagement {id: $id})
SET g += $properties, g.updatedAt = datetime()
WITH g
CALL (g) {
  WITH g WHERE $sectionId IS NOT NULL
  OPTIONAL MATCH (g)-[old:HELD_BY]->(section:Actor)
  WHERE @visibleActor(section)
  DELETE old
}
CALL (g) {
  WITH g WHERE $sectionId IS NOT NULL
  MATCH (section:Actor {id: $sectionId})
  MERGE (g)-[:HELD_BY]->(section)
}
CALL (g) {
  WITH g WHERE $areaId IS NOT NULL
  OPTIONAL MATCH (g)-[old:HELD_IN]->(:AdminArea)
  DELETE old
}
CALL (g) {
  WITH g WHERE $areaId IS NOT NULL
  MATCH (area:AdminArea {id: $areaId})
  MERGE (g)-[:HELD_IN]->(area)
}
CALL (g) {
  WITH g WHERE $actorIds IS NOT NULL
  OPTIONAL MATCH (a:Actor)-[old:PARTICIPATED_IN]->(g)
  WHERE @visibleActor(a) AND NOT a.id IN $actorIds
  DELETE old
}
CALL (g) {
  UNWIND coalesce($actorIds, []) AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (a)-[:PARTICIPATED_IN]->(g)
}
CALL (g) {
  WITH g WHERE $outputIds IS NOT NULL
  OPTIONAL MATCH (g)-[old:SERVES]->(:Output)
  DELETE old
}
CALL (g) {
  UNWIND coalesce($outputIds, []) AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (g)-[:SERVES]->(o)
}
RETURN g.id AS id
