// Coordination mechanisms as they were at $asOf with at least one exported actor as member; members limited to exported actors, and the chair only when it is one of them (the twin of export/mechanisms).
MATCH (m:Version {recordKind: 'mechanism'})
WHERE m.versionTo > $asOf AND m.versionFrom <= $asOf
WITH m, COLLECT { UNWIND coalesce(m.memberIds, []) AS member WITH member WHERE member IN $actorIds RETURN member ORDER BY member } AS memberIds
WHERE size(memberIds) > 0
RETURN m {
  id: m.recordId, .name, .kind, memberIds: memberIds,
  areaIds: COLLECT { UNWIND coalesce(m.areaIds, []) AS area RETURN area ORDER BY area },
  outputIds: COLLECT { UNWIND coalesce(m.outputIds, []) AS output RETURN output ORDER BY output },
  chairId: CASE WHEN m.chairId IN memberIds THEN m.chairId ELSE null END
} AS mechanism
ORDER BY m.recordId
