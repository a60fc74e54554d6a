// Every version of tie $id, newest first, each saying whether the viewer may see it ($access), judged with the versions of its ends open when it began; a visible one carries its fields as the role receives them ($fields) and the display name of who wrote it.
MATCH (v:Version {recordKind: 'tie', recordId: $id})
OPTIONAL MATCH (sv:Version {recordKind: 'actor', recordId: v.sourceId})
WHERE sv.versionFrom <= v.versionFrom AND sv.versionTo > v.versionFrom
OPTIONAL MATCH (ev:Version {recordKind: 'actor', recordId: v.targetId})
WHERE ev.versionFrom <= v.versionFrom AND ev.versionTo > v.versionFrom
WITH v, sv IS NOT NULL AND ev IS NOT NULL AND @visibleTieVersion(v, sv, ev) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN v {.*, id: v.recordId, @projectedTieFields(v)} END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
