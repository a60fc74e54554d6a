// The map's ties as they were at $at: tie versions open then, of the types in $types, both of whose ends are among the map's actors ($actorIds, found visible as of $at), judged with their ends' versions of that date ($access); valid on the date $validAt when given, as the present map does.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at
  AND t.type IN $types AND t.sourceId IN $actorIds AND t.targetId IN $actorIds
  AND ($validAt IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $validAt) AND (t.validTo IS NULL OR toString(t.validTo) >= $validAt)))
MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $at AND s.versionFrom <= $at
MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $at AND e.versionFrom <= $at
  AND @visibleTieVersion(t, s, e)
RETURN t {
  id: t.recordId, source: t.sourceId, target: t.targetId, .type, .directed, .strength, .confidence, .validFrom, .validTo
} AS edge
ORDER BY t.recordId
