// Every version of actor $id, newest first, each saying whether the viewer may see it ($access); a visible one carries its fields as the role receives them ($fields) and the display name of who wrote it. The caller lists only the visible ones.
MATCH (v:Version {recordKind: 'actor', recordId: $id})
WITH v, @visibleActorVersion(v) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN v {.*, id: v.recordId, @projectedActorFields(v)} END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
