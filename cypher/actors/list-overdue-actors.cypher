// Actors the viewer may see ($access) whose review-by date has passed: the retention listing, oldest first.
MATCH (a:Actor)
WHERE a.reviewBy IS NOT NULL AND a.reviewBy < $today
  AND (a.sensitivity IN $access.levels OR a.id IN $access.actorIds
       OR EXISTS { MATCH (a)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
RETURN a {.id, .name, .kind, .subtype, .reviewBy, .sensitivity} AS actor
ORDER BY a.reviewBy, a.id
LIMIT 1000
