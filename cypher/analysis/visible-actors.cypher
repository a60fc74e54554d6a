// Actors an analysis may compute on, with the fields analyses read (one place to restrict later).
MATCH (a:Actor)
RETURN a {
  .id, .name, .kind, .subtype, .influence, .doNoHarmRole, .womenFocus, .youthFocus,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS actor
ORDER BY a.id
