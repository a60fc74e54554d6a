// The map's ties as they were at $at: tie versions open then, of the types in $types, judged with their ends' versions of that date ($access); when $actorIds is given (a filtered map), both ends among them, and for the whole map (null) the service keeps the ties between the actors it read, as graph/map-ties does; valid on the date $validAt when given, as the present map does. One column per field.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at
  AND t.type IN $types
  AND ($actorIds IS NULL OR (t.sourceId IN $actorIds AND t.targetId IN $actorIds))
  AND ($validAt IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $validAt) AND (t.validTo IS NULL OR toString(t.validTo) >= $validAt)))
// Each end found in a subquery, then judged: left to itself the planner splits the test's ORs into four index seeks per end.
CALL (t) { MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId}) WHERE s.versionTo > $at AND s.versionFrom <= $at RETURN s }
CALL (t) { MATCH (e:Version {recordKind: 'actor', recordId: t.targetId}) WHERE e.versionTo > $at AND e.versionFrom <= $at RETURN e }
WITH t, s, e
WHERE @visibleTieVersion(t, s, e)
RETURN t.recordId AS id, t.sourceId AS source, t.targetId AS target, t.type AS type, t.directed AS directed, t.strength AS strength,
  t.confidence AS confidence, t.validFrom AS validFrom, t.validTo AS validTo
ORDER BY id
