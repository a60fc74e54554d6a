// One page of the ties the viewer may see ($access: the tie and both its ends), optionally of some types or touching one actor, ordered by id, with the total; fields as the role receives them ($fields).
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE ($actorId IS NULL OR s.id = $actorId OR e.id = $actorId)
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(t, s, e)
WITH s, t, e
ORDER BY t.id
WITH collect(t {.*, @projectedTieFields(t), type: toLower(type(t)), sourceId: s.id, targetId: e.id, evidence: @evidenceOf(t)}) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS items
