// Every version of claim $id, newest first, each saying whether the viewer may see it as it was ($access: its source, and its subject as of the version's start); a visible one carries the claim's fields as /api/claims answers them (its source as sourceId), and who wrote it.
MATCH (v:Version {recordKind: 'claim', recordId: $id})
WITH v, v.versionFrom AS at
WITH v, @visibleClaimVersion(v, at) AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       CASE WHEN visible THEN {
         id: v.recordId, sourceId: v.fromSourceId, tieId: v.tieId, actorId: v.actorId, attribute: v.attribute, exists: v.exists,
         strength: v.strength, value: v.value, credibility: v.credibility, observedAt: v.observedAt, note: coalesce(v.note, ''),
         recordedBy: v.recordedBy
       } END AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
