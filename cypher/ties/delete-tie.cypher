// Delete one tie, matched by id, type and ends, and only if the viewer may see it ($access), so a hidden tie sharing the id is never removed.
MATCH (s:Actor {id: $sourceId})-[t:$($relationshipType)]->(e:Actor {id: $targetId})
WHERE t.id = $id
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(t, s, e)
DELETE t
RETURN count(*) AS deleted
