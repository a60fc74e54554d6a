// Update a tie's properties (null removes one); its type and ends stay. Matched by id, type and ends, and only if the viewer may see it ($access), so a hidden tie sharing the id is never touched.
MATCH (s:Actor {id: $sourceId})-[t:$($relationshipType)]->(e:Actor {id: $targetId})
WHERE t.id = $id
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(t, s, e)
SET t += $properties, t.updatedAt = datetime()
RETURN count(t) AS updated
