// The ties of the map as it was at $at, as the viewer may see them ($access): each visible tie of the types in $types, judged with its ends' versions of that date, as [id, type, sourceId, targetId, directed, strength, confidence, outputId], the fields the influence ranks and the coordination sections compute on (as asof-analysis-ties gives them), as lists rather than maps; no evidence grade, which the diff does not count. For the diff (server/history/diff-graph.ts), beside asof-diff-graph-actors.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at AND t.type IN $types
// Each end found in a subquery, then judged: left to itself the planner splits the test's ORs into four index seeks per end.
CALL (t) { MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId}) WHERE s.versionTo > $at AND s.versionFrom <= $at RETURN s }
CALL (t) { MATCH (e:Version {recordKind: 'actor', recordId: t.targetId}) WHERE e.versionTo > $at AND e.versionFrom <= $at RETURN e }
WITH t, s, e
WHERE @visibleTieVersion(t, s, e)
RETURN collect([t.recordId, t.type, t.sourceId, t.targetId, t.directed, t.strength, t.confidence, t.outputId]) AS ties
