// Actors of an export of the map as it was at $asOf (epoch milliseconds): the actor versions open then that the viewer may see as they were ($access), with every stored field their role receives ($fields), filtered as the map is (kinds, admin areas, output: a lead or support role open then, or today's contribution or obstruction, which has no history). The twin of export/actors; the evidence is today's evidence of the actor when it still exists (as the ties' twin does), else none.
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $asOf AND v.versionFrom <= $asOf
  AND @visibleActorVersion(v)
  AND ($kinds IS NULL OR v.kind IN $kinds)
  AND ($areas IS NULL OR any(area IN coalesce(v.areaIds, []) WHERE area IN $areas))
  AND ($outputId IS NULL
       OR EXISTS { MATCH (r:Version {recordKind: 'role', actorId: v.recordId, outputId: $outputId}) WHERE r.versionTo > $asOf AND r.versionFrom <= $asOf }
       OR EXISTS {
         MATCH (:Actor {id: v.recordId})-[:CONTRIBUTES_TO|OBSTRUCTS]->(target)
         WHERE target.id = $outputId OR EXISTS { (:Output {id: $outputId})-[:HAS_ACTIVITY]->(target) }
       })
WITH v, head(COLLECT { MATCH (live:Actor {id: v.recordId}) RETURN @evidenceByLevelOf(live) }) AS evidenceByLevel
RETURN v {
  id: v.recordId, .name, .kind, .subtype, .acronym, .aliases, .originalName, .externalIds, .influence, .interest, .doNoHarmRole,
  .womenFocus, .youthFocus, .sensitivity, @projectedActorFields(v), .reviewBy, .fictional,
  basedIn: coalesce(v.basedIn, []), activeIn: coalesce(v.activeIn, []),
  evidenceByLevel: coalesce(evidenceByLevel, [])
} AS actor
ORDER BY v.recordId
