// The demo records whose earlier state shows the first round's coordination (server/rounds/demo-rounds.ts), chosen by rule: a lead role that alone leads its output in its areas (new since the first round: a gap closed by a new lead), and up to $moved engagements held outside the capital that any reader cleared for internal sees (an engagement of their level with a participant of their level) (held in the capital then: engagements moving out of the capital). Null and empty when the demo has none.
MATCH (capital:AdminArea {isCapital: true})
WITH capital ORDER BY capital.id LIMIT 1
RETURN capital.id AS capitalId,
  COLLECT {
    MATCH (:Actor)-[lead:LEADS]->(o:Output)
    WHERE lead.id IS NOT NULL AND size(coalesce(lead.areaIds, [])) > 0
      AND NOT EXISTS {
        MATCH (:Actor)-[other:LEADS]->(o)
        WHERE other <> lead AND (size(coalesce(other.areaIds, [])) = 0 OR any(areaId IN other.areaIds WHERE areaId IN lead.areaIds))
      }
    RETURN lead.id ORDER BY lead.id LIMIT 1
  }[0] AS leadRoleId,
  COLLECT {
    MATCH (g:Engagement)-[:HELD_IN]->(area:AdminArea)
    WHERE area <> capital AND coalesce(g.sensitivity, 'internal') IN ['public', 'internal']
      AND EXISTS { MATCH (participant:Actor)-[:PARTICIPATED_IN]->(g) WHERE coalesce(participant.sensitivity, 'internal') IN ['public', 'internal'] }
    RETURN g.id ORDER BY g.id LIMIT $moved
  } AS engagementIds
