// Engagements the viewer may see ($access) held by an exported section with at least one exported participant; participants limited to exported actors; with their follow-up actions.
MATCH (g:Engagement)-[:HELD_BY]->(section:Actor), (g)-[:HELD_IN]->(area:AdminArea)
WHERE section.id IN $actorIds
  AND @visibleEngagement(g)
WITH g, section, area, COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id } AS actorIds
WHERE size(actorIds) > 0
RETURN g {
  .id, .date, .format, .summary, .womensMechanism, .youthMechanism, sensitivity: coalesce(g.sensitivity, 'internal'),
  sectionId: section.id, areaId: area.id, actorIds: actorIds,
  outputIds: COLLECT { MATCH (g)-[:SERVES]->(o:Output) RETURN o.id ORDER BY o.id },
  @projectedFollowUps(g)
} AS engagement
ORDER BY g.id
