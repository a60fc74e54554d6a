// The engagements as they were at $at that the viewer may see as they were ($access: @visibleEngagementVersion), optionally with one of the actors in $actors, in one of the areas in $areas or serving one of the outputs in $outputs, ordered by date then id: the shape of /api/engagements (only the participants and section visible then; the summary as the role receives it, $fields).
MATCH (v:Version {recordKind: 'engagement'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND ($areas IS NULL OR v.areaId IN $areas)
  AND ($outputs IS NULL OR any(outputId IN coalesce(v.outputIds, []) WHERE outputId IN $outputs))
WITH v, $at AS at, coalesce(v.actorIds, []) AS participantIds, coalesce([v.sectionId], []) AS sectionIds
WHERE @visibleEngagementVersion(v, at)
WITH v, at, @visibleActorIdsAsOf(participantIds, at) AS actorIds, head(@visibleActorIdsAsOf(sectionIds, at)) AS sectionId
WHERE $actors IS NULL OR any(actorId IN actorIds WHERE actorId IN $actors)
RETURN v {.*, id: v.recordId, @projectedEngagementFields(v), @projectedFollowUps(v), actorIds: actorIds, sectionId: sectionId} AS engagement
ORDER BY v.date, v.recordId
