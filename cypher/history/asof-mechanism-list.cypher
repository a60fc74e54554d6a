// The coordination mechanisms as they were at $at that the viewer may see as they were ($access: a member visible then), ordered by id: the shape of /api/mechanisms (only the members and chair visible then).
MATCH (v:Version {recordKind: 'mechanism'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
WITH v, $at AS at, coalesce(v.memberIds, []) AS memberIds, coalesce([v.chairId], []) AS chairIds
WHERE @visibleMechanismVersion(v, at)
RETURN {
  id: v.recordId, name: v.name, kind: v.kind, areaIds: coalesce(v.areaIds, []), outputIds: coalesce(v.outputIds, []),
  memberIds: @visibleActorIdsAsOf(memberIds, at), chairId: head(@visibleActorIdsAsOf(chairIds, at)),
  createdAt: v.createdAt, updatedAt: v.updatedAt
} AS mechanism
ORDER BY v.recordId
