// The ties of the map as it was at $at, as the viewer may see them ($access), between the actors visible then ($actorIds: what asof-diff-graph-actors found with @visibleActorVersion), of the types in $types: each as [id, type, sourceId, targetId, directed, strength, confidence, outputId], the fields the influence ranks and the coordination sections compute on (as asof-analysis-ties gives them), as lists rather than maps; no evidence grade, which the diff does not count. With both ends visible, @visibleTieVersion reduces to its two halves: the tie's own level, or a grant that opens an end at or above it; an end's version is read only for a tie above the viewer's clearance. For the diff (server/history/diff-graph.ts).
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at AND t.type IN $types
  AND t.sourceId IN $actorIds AND t.targetId IN $actorIds
  AND (@tieVersionWithinClearance(t)
       OR EXISTS { MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId}) WHERE s.versionTo > $at AND s.versionFrom <= $at AND @tieVersionOpenedThrough(t, s) }
       OR EXISTS { MATCH (e:Version {recordKind: 'actor', recordId: t.targetId}) WHERE e.versionTo > $at AND e.versionFrom <= $at AND @tieVersionOpenedThrough(t, e) })
RETURN collect([t.recordId, t.type, t.sourceId, t.targetId, t.directed, t.strength, t.confidence, t.outputId]) AS ties
