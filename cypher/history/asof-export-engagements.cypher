// Engagements as they were at $asOf that the viewer may see as they were (the version within clearance at its own and its record's newest level, with an exported participant), held by an exported section in an admin area; participants limited to exported actors; with their follow-up actions (the twin of export/engagements).
MATCH (g:Version {recordKind: 'engagement'})
WHERE g.versionTo > $asOf AND g.versionFrom <= $asOf
  AND g.sectionId IN $actorIds AND g.areaId IS NOT NULL
  AND @versionWithinClearance(g)
WITH g, COLLECT { UNWIND coalesce(g.actorIds, []) AS participant WITH participant WHERE participant IN $actorIds RETURN participant ORDER BY participant } AS actorIds
WHERE size(actorIds) > 0
RETURN g {
  id: g.recordId, .date, .format, .summary, .womensMechanism, .youthMechanism, sensitivity: coalesce(g.sensitivity, 'internal'),
  .sectionId, .areaId, actorIds: actorIds,
  outputIds: COLLECT { UNWIND coalesce(g.outputIds, []) AS output RETURN output ORDER BY output },
  @projectedFollowUps(g)
} AS engagement
ORDER BY g.recordId
