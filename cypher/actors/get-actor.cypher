// One actor with the ids of the admin areas it is based and active in.
MATCH (a:Actor {id: $id})
RETURN a {
  .*,
  basedIn: [(a)-[:BASED_IN]->(area:AdminArea) | area.id],
  activeIn: [(a)-[:ACTIVE_IN]->(area:AdminArea) | area.id]
} AS actor
