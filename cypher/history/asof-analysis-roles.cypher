// Who led or supported which output as of $at, in which areas (empty list: no areas given), among the actors visible as of $at ($actorIds): the role versions open then (the twin of analysis/coordination-roles).
MATCH (r:Version {recordKind: 'role'})
WHERE r.versionTo > $at AND r.versionFrom <= $at
  AND r.actorId IN $actorIds AND ($outputId IS NULL OR r.outputId = $outputId)
RETURN r.actorId AS actorId, r.outputId AS outputId,
       CASE r.relationshipType WHEN 'LEADS' THEN 'lead' ELSE 'support' END AS role,
       coalesce(r.areaIds, []) AS areaIds
ORDER BY outputId, actorId, role
