// One page of the ties as they were at $at that the viewer may see as they were (the tie's version and its ends' versions of that date, $access), optionally of some types ($types) or touching one actor, ordered by id, with the total; fields as the role receives them ($fields).
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at
  AND t.type IN $types
  AND ($actorId IS NULL OR t.sourceId = $actorId OR t.targetId = $actorId)
MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $at AND s.versionFrom <= $at
MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $at AND e.versionFrom <= $at
  AND @visibleTieVersion(t, s, e)
WITH t
ORDER BY t.recordId
WITH collect(t {.*, id: t.recordId, @projectedTieFields(t)}) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS items
