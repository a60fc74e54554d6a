// Update an actor: properties (null removes one), kind label when $kindLabel is set, area links when a list is given.
MATCH (a:Actor {id: $id})
SET a += $properties, a.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $kindLabel IS NULL THEN [] ELSE [1] END |
  REMOVE a:$($allKindLabels)
  SET a:$($kindLabel))
WITH a
CALL (a) {
  WITH a WHERE $basedIn IS NOT NULL
  OPTIONAL MATCH (a)-[old:BASED_IN]->(:AdminArea)
  DELETE old
}
CALL (a) {
  UNWIND coalesce($basedIn, []) AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:BASED_IN]->(area)
}
CALL (a) {
  WITH a WHERE $activeIn IS NOT NULL
  OPTIONAL MATCH (a)-[old:ACTIVE_IN]->(:AdminArea)
  DELETE old
}
CALL (a) {
  UNWIND coalesce($activeIn, []) AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[:ACTIVE_IN]->(area)
}
RETURN a.id AS id
