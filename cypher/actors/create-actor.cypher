// Create one actor with its kind label and admin-area links. A duplicate id violates the actor_id constraint.
CREATE (a:Actor)
SET a = $properties, a.createdAt = datetime(), a.updatedAt = datetime()
SET a:$($kindLabel)
WITH a
CALL (a) {
  UNWIND $basedIn AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:BASED_IN]->(area)
}
CALL (a) {
  UNWIND $activeIn AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:ACTIVE_IN]->(area)
}
RETURN a.id AS id
