// Create one actor with its kind label and area links, idempotently: a retry of the same write ($writeToken) finds its own actor (ours = true, created = false) and writes nothing, whatever its body says; another write with the same id gets ours = false. A created actor takes over the tombstone its creator left when deleting that id (Undo: the caller has checked find-reserved-ids).
OPTIONAL MATCH (before:Actor {id: $properties.id})
WITH before IS NULL AS fresh
MERGE (a:Actor {id: $properties.id})
ON CREATE SET a = $properties, a.writeToken = $writeToken, a.createdAt = datetime(), a.updatedAt = datetime()
WITH a, a.writeToken = $writeToken AS ours, fresh AND a.writeToken = $writeToken AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET a:$($kindLabel))
WITH a, ours, created
CALL (a, created) {
  UNWIND CASE WHEN created THEN $basedIn ELSE [] END AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:BASED_IN]->(area)
}
CALL (a, created) {
  UNWIND CASE WHEN created THEN $activeIn ELSE [] END AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:ACTIVE_IN]->(area)
}
CALL (a, created) {
  WITH a, created WHERE created
  OPTIONAL MATCH (tomb:RetiredActor {id: a.id})
  DELETE tomb
}
RETURN a.id AS id, ours, created
