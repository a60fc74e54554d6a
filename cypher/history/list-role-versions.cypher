// Every version of lead or support role $id, newest first, each saying whether the viewer may see it as it was ($access: the version of its actor open at the role version's start); a visible one carries the role's fields as /api/output-roles answers them, and who wrote it.
MATCH (v:Version {recordKind: 'role', recordId: $id})
OPTIONAL MATCH (actorVersion:Version {recordKind: 'actor', recordId: v.actorId})
WHERE actorVersion.versionFrom <= v.versionFrom AND actorVersion.versionTo > v.versionFrom
WITH v, actorVersion IS NOT NULL AND @visibleRoleVersion(v, actorVersion) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN {
         id: v.recordId, actorId: v.actorId, outputId: v.outputId, role: CASE v.relationshipType WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
         areaIds: coalesce(v.areaIds, []), from: v.from, to: v.to, note: coalesce(v.note, '')
       } END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
