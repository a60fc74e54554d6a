// One page of the engagements the viewer may see ($access), newest first, with the total, filtered by optional dates, areas, holding sections, outputs and actors (present or holding; only actors the viewer may see match, so a filter on a hidden actor finds nothing).
MATCH (g:Engagement)
WHERE ($from IS NULL OR g.date >= $from) AND ($to IS NULL OR g.date <= $to)
  AND ($areas IS NULL OR EXISTS { MATCH (g)-[:HELD_IN]->(area:AdminArea) WHERE area.id IN $areas })
  AND ($outputs IS NULL OR EXISTS { MATCH (g)-[:SERVES]->(o:Output) WHERE o.id IN $outputs })
  AND ($sections IS NULL OR EXISTS { MATCH (g)-[:HELD_BY]->(section:Actor) WHERE section.id IN $sections AND @visibleActor(section) })
  AND ($actors IS NULL OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN|HELD_BY]-(g) WHERE a.id IN $actors AND @visibleActor(a) })
  AND @visibleEngagement(g)
WITH g
ORDER BY g.date DESC, g.id
WITH collect(g) AS matching
RETURN size(matching) AS total,
       [g IN matching[$offset..($offset + $limit)] | g {
         .*, @projectedEngagementFields(g), @projectedFollowUps(g),
         sectionId: head(COLLECT { MATCH (g)-[:HELD_BY]->(section:Actor) WHERE @visibleActor(section) RETURN section.id }),
         areaId: head(COLLECT { MATCH (g)-[:HELD_IN]->(area:AdminArea) RETURN area.id }),
         actorIds: COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE @visibleActor(a) RETURN a.id ORDER BY a.id },
         outputIds: COLLECT { MATCH (g)-[:SERVES]->(o:Output) RETURN o.id ORDER BY o.id }
       }] AS items
