// One engagement, if the viewer may see it ($access: @visibleEngagement), with only the participants they may see, its section when visible, its area and outputs; the summary as the role receives it ($fields).
MATCH (g:Engagement {id: $id})
WHERE @visibleEngagement(g)
RETURN g {
  .*, @projectedEngagementFields(g), @projectedFollowUps(g),
  sectionId: head(COLLECT { MATCH (g)-[:HELD_BY]->(section:Actor) WHERE @visibleActor(section) RETURN section.id }),
  areaId: head(COLLECT { MATCH (g)-[:HELD_IN]->(area:AdminArea) RETURN area.id }),
  actorIds: COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE @visibleActor(a) RETURN a.id ORDER BY a.id },
  outputIds: COLLECT { MATCH (g)-[:SERVES]->(o:Output) RETURN o.id ORDER BY o.id }
} AS engagement
