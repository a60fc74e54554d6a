// Actors an analysis may compute on (those the viewer may see: $access), with the fields analyses read.
MATCH (a:Actor)
WHERE (a.sensitivity IN $access.levels OR a.id IN $access.actorIds
       OR EXISTS { MATCH (a)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
RETURN a {
  .id, .name, .kind, .subtype, .influence, .doNoHarmRole, .womenFocus, .youthFocus,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS actor
ORDER BY a.id
