// Coordination mechanisms as they were at $at with at least one member among the actors visible as of $at ($actorIds), with those members, the areas they covered and the outputs they coordinated (the twin of analysis/coordination-mechanisms). A mechanism of hidden members only is left out, id and all.
MATCH (m:Version {recordKind: 'mechanism'})
WHERE m.versionTo > $at AND m.versionFrom <= $at
WITH m, [id IN coalesce(m.memberIds, []) WHERE id IN $actorIds] AS memberIds
WHERE size(memberIds) > 0
RETURN m {
  id: m.recordId, .name, .kind, memberIds: COLLECT { UNWIND memberIds AS x RETURN x ORDER BY x },
  areaIds: COLLECT { UNWIND coalesce(m.areaIds, []) AS x RETURN x ORDER BY x }, outputIds: COLLECT { UNWIND coalesce(m.outputIds, []) AS x RETURN x ORDER BY x }
} AS mechanism
ORDER BY m.recordId
