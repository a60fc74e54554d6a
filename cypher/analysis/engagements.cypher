// Engagements held between $from and $to (inclusive, either may be null) that the viewer may see ($access: within clearance, with a visible participant), with their area, the visible actors present and their follow-ups (text null unless $fields.engagementSummary: an action says what was said).
MATCH (g:Engagement)
WHERE ($from IS NULL OR g.date >= $from) AND ($to IS NULL OR g.date <= $to)
  AND @visibleEngagement(g)
OPTIONAL MATCH (g)-[:HELD_IN]->(area:AdminArea)
WITH g, area, g { @projectedFollowUps(g) } AS stored
RETURN g {
  .id, .date, .womensMechanism, .youthMechanism, areaId: area.id,
  actorIds: COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id },
  followUps: [f IN stored.followUps | {
    text: CASE WHEN $fields.engagementSummary THEN f.text ELSE null END, due: f.due, done: f.done
  }]
} AS engagement
ORDER BY g.date, g.id
