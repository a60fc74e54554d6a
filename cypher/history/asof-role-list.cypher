// The lead and support roles as they were at $at (epoch milliseconds) that the viewer may see as they were ($access: each follows the version of its actor open then), optionally on one output, of one actor or listing one admin area, ordered by id: the shape of /api/output-roles.
MATCH (v:Version {recordKind: 'role'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND ($outputId IS NULL OR v.outputId = $outputId)
  AND ($actorId IS NULL OR v.actorId = $actorId)
  AND ($areaId IS NULL OR $areaId IN coalesce(v.areaIds, []))
MATCH (actorVersion:Version {recordKind: 'actor', recordId: v.actorId})
WHERE actorVersion.versionTo > $at AND actorVersion.versionFrom <= $at
  AND @visibleRoleVersion(v, actorVersion)
RETURN {
  id: v.recordId, actorId: v.actorId, outputId: v.outputId, role: CASE v.relationshipType WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
  areaIds: coalesce(v.areaIds, []), from: v.from, to: v.to, note: coalesce(v.note, ''), createdAt: v.createdAt, updatedAt: v.updatedAt
} AS role
ORDER BY v.recordId
