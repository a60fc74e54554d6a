// One actor, if the viewer may see it ($access), with the ids of the admin areas it is based and active in.
MATCH (a:Actor {id: $id})
WHERE (a.sensitivity IN $access.levels OR a.id IN $access.actorIds
       OR EXISTS { MATCH (a)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
RETURN a {
  .*,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS actor
