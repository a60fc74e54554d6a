// Every version of coordination mechanism $id, newest first, each saying whether the viewer may see it as it was ($access: a member visible at the version's start); a visible one lists only the members and chair visible then, and who wrote it.
MATCH (v:Version {recordKind: 'mechanism', recordId: $id})
WITH v, v.versionFrom AS at, coalesce(v.memberIds, []) AS memberIds, coalesce([v.chairId], []) AS chairIds
WITH v, at, memberIds, chairIds, @visibleMechanismVersion(v, at) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN v {
         .id, .name, .kind, id: v.recordId, areaIds: coalesce(v.areaIds, []), outputIds: coalesce(v.outputIds, []),
         memberIds: @visibleActorIdsAsOf(memberIds, at),
         chairId: head(@visibleActorIdsAsOf(chairIds, at))
       } END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
