// Every version of engagement $id, newest first, each saying whether the viewer may see it as it was ($access, judged at the version's start); a visible one carries its fields as the role receives them ($fields: the summary), only the participants and section visible then, and who wrote it.
MATCH (v:Version {recordKind: 'engagement', recordId: $id})
WITH v, v.versionFrom AS at, coalesce(v.actorIds, []) AS participantIds, coalesce([v.sectionId], []) AS sectionIds
WITH v, at, participantIds, sectionIds, @visibleEngagementVersion(v, at) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN v {
         .*, id: v.recordId, @projectedEngagementFields(v), @projectedFollowUps(v),
         actorIds: @visibleActorIdsAsOf(participantIds, at),
         sectionId: head(@visibleActorIdsAsOf(sectionIds, at))
       } END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
