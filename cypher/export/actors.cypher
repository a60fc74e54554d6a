// Actors of an export that the viewer may see ($access), with every stored field their role receives ($fields), filtered exactly as the map is (kinds, admin areas, output), with the evidence of their attribute claims at each clearance up to the viewer's.
MATCH (a:Actor)
WHERE @visibleActor(a)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($areas IS NULL OR EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area:AdminArea) WHERE area.id IN $areas })
  AND ($outputId IS NULL OR EXISTS {
        MATCH (a)-[:LEADS|SUPPORTS|CONTRIBUTES_TO|OBSTRUCTS]->(target)
        WHERE target.id = $outputId OR EXISTS { (:Output {id: $outputId})-[:HAS_ACTIVITY]->(target) }
      })
RETURN a {
  .id, .name, .kind, .subtype, .acronym, .aliases, .originalName, .externalIds, .influence, .interest, .doNoHarmRole,
  .womenFocus, .youthFocus, .sensitivity, @projectedActorFields(a), .reviewBy, .fictional,
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  evidenceByLevel: @evidenceByLevelOf(a)
} AS actor
ORDER BY a.id
