// Create one actor with its kind label and area links, idempotently: a retry of the same write ($writeToken) finds its own actor (ours = true); another write with the same id gets ours = false.
MERGE (a:Actor {id: $properties.id})
ON CREATE SET a = $properties, a.writeToken = $writeToken, a.createdAt = datetime(), a.updatedAt = datetime()
WITH a, a.writeToken = $writeToken AS ours
FOREACH (_ IN CASE WHEN ours THEN [1] ELSE [] END | SET a:$($kindLabel))
WITH a, ours
CALL (a, ours) {
  UNWIND CASE WHEN ours THEN $basedIn ELSE [] END AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:BASED_IN]->(area)
}
CALL (a, ours) {
  UNWIND CASE WHEN ours THEN $activeIn ELSE [] END AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:ACTIVE_IN]->(area)
}
RETURN a.id AS id, ours
