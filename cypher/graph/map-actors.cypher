// The map's actors, those the viewer may see ($access), with the stance only for roles that receive it ($fields): filtered by kinds, admin areas, and an output (actors that lead, support, contribute to or obstruct it or one of its activities).
MATCH (a:Actor)
WHERE @visibleActor(a)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($areas IS NULL OR EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area:AdminArea) WHERE area.id IN $areas })
  AND ($outputId IS NULL OR EXISTS {
        MATCH (a)-[:LEADS|SUPPORTS|CONTRIBUTES_TO|OBSTRUCTS]->(target)
        WHERE target.id = $outputId OR EXISTS { (:Output {id: $outputId})-[:HAS_ACTIVITY]->(target) }
      })
RETURN a {
  .id, label: a.name, .kind, .subtype, .acronym, .influence, .interest, @projectedStance(a), .doNoHarmRole, .sensitivity, evidence: @evidenceOf(a),
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS node
ORDER BY a.id
