// Actors an analysis may compute on (those the viewer may see: $access), with the fields analyses read.
MATCH (a:Actor)
WHERE @visibleActor(a)
RETURN a {
  .id, .name, .kind, .subtype, .influence, .doNoHarmRole, .womenFocus, .youthFocus,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS actor
ORDER BY a.id
