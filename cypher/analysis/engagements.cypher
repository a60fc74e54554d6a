// Engagements held between $from and $to (inclusive, either may be null) that the viewer may see ($access: within clearance, with a visible participant), with their area and the visible actors present.
MATCH (g:Engagement)
WHERE ($from IS NULL OR g.date >= $from) AND ($to IS NULL OR g.date <= $to)
  AND @visibleEngagement(g)
OPTIONAL MATCH (g)-[:HELD_IN]->(area:AdminArea)
RETURN g {
  .id, .date, .womensMechanism, .youthMechanism, areaId: area.id,
  actorIds: COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id }
} AS engagement
ORDER BY g.date, g.id
