// The lead and support roles open at $at of the given actors (those the viewer may see at that end of a diff), with their ids, for the diff's roles added and removed.
MATCH (r:Version {recordKind: 'role'})
WHERE r.versionTo > $at AND r.versionFrom <= $at AND r.actorId IN $actorIds
RETURN r.recordId AS id, r.actorId AS actorId, r.outputId AS outputId,
       CASE r.relationshipType WHEN 'LEADS' THEN 'lead' ELSE 'support' END AS role,
       COLLECT { UNWIND coalesce(r.areaIds, []) AS area RETURN area ORDER BY area } AS areaIds
ORDER BY id
