// The map's actors, those the viewer may see ($access), with the stance only for roles that receive it ($fields): filtered by kinds, admin areas, and an output (actors that lead, support, contribute to or obstruct it or one of its activities). One column per field rather than one map per actor: the driver decodes column names once per result but a map's keys once per row, which at 20,000 actors cost more than the query. Area ids come unsorted (server/services/map-graph.ts sorts them): a sort per actor cost more than the expansion.
MATCH (a:Actor)
WHERE @visibleActor(a)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($areas IS NULL OR EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area:AdminArea) WHERE area.id IN $areas })
  AND ($outputId IS NULL OR EXISTS {
        MATCH (a)-[:LEADS|SUPPORTS|CONTRIBUTES_TO|OBSTRUCTS]->(target)
        WHERE target.id = $outputId OR EXISTS { (:Output {id: $outputId})-[:HAS_ACTIVITY]->(target) }
      })
RETURN a.id AS id, a.name AS label, a.kind AS kind, a.subtype AS subtype, a.acronym AS acronym, a.influence AS influence,
  a.interest AS interest, @stanceIfReceived(a) AS stance, a.doNoHarmRole AS doNoHarmRole, a.sensitivity AS sensitivity,
  @evidenceOf(a) AS evidence,
  [(a)-[:BASED_IN]->(area:AdminArea) | area.id] AS basedIn,
  [(a)-[:ACTIVE_IN]->(area:AdminArea) | area.id] AS activeIn
ORDER BY id
