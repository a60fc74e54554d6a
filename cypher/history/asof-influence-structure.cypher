// The bare structure of the map as it was at $at, as the viewer may see it ($access): each visible actor as [id, name, kind, the key asof-list-actors sorts by] and each visible tie (of the types in $types, judged with its ends' versions of that date) as [id, sourceId, targetId, directed, strength]. For the diff's influence ranks and new ties to a party to the conflict: no other field, lists rather than maps (fewer keys to decode).
CALL () {
  MATCH (v:Version {recordKind: 'actor'})
  WHERE v.versionTo > $at AND v.versionFrom <= $at AND @visibleActorVersion(v)
  RETURN collect([v.recordId, v.name, v.kind, toLower(v.name)]) AS actors
}
CALL () {
  MATCH (t:Version {recordKind: 'tie'})
  WHERE t.versionTo > $at AND t.versionFrom <= $at AND t.type IN $types
  // Each end found in a subquery, then judged: left to itself the planner splits the test's ORs into four index seeks per end.
  CALL (t) { MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId}) WHERE s.versionTo > $at AND s.versionFrom <= $at RETURN s }
  CALL (t) { MATCH (e:Version {recordKind: 'actor', recordId: t.targetId}) WHERE e.versionTo > $at AND e.versionFrom <= $at RETURN e }
  WITH t, s, e
  WHERE @visibleTieVersion(t, s, e)
  RETURN collect([t.recordId, t.sourceId, t.targetId, t.directed, t.strength]) AS ties
}
RETURN actors, ties
