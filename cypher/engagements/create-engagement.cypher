// Create one engagement with its section, area, participants and outputs, idempotently: a retry of the same write ($writeToken) finds its own engagement (ours = true, created = false) and adds no link, whatever its body says; another write with the same id gets ours = false. The caller has checked every reference against the viewer's access in the same transaction.
OPTIONAL MATCH (before:Engagement {id: $properties.id})
WITH before IS NULL AS fresh
MERGE (g:Engagement {id: $properties.id})
ON CREATE SET g = $properties, g.writeToken = $writeToken, g.createdAt = datetime(), g.updatedAt = datetime()
WITH g, g.writeToken = $writeToken AS ours, fresh AND g.writeToken = $writeToken AS created
CALL (g, created) {
  WITH g, created WHERE created
  MATCH (section:Actor {id: $sectionId}), (area:AdminArea {id: $areaId})
  MERGE (g)-[:HELD_BY]->(section)
  MERGE (g)-[:HELD_IN]->(area)
}
CALL (g, created) {
  UNWIND CASE WHEN created THEN $actorIds ELSE [] END AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (a)-[:PARTICIPATED_IN]->(g)
}
CALL (g, created) {
  UNWIND CASE WHEN created THEN $outputIds ELSE [] END AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (g)-[:SERVES]->(o)
}
RETURN g.id AS id, ours, created
