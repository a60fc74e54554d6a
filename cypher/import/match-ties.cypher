// For an import's ties given without an id: the tie of the same type between the same ends that the importing viewer may see ($access), lowest id first; hidden ties never match.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.sourceId})-[t:$any($relationshipTypes)]->(e:Actor {id: pair.targetId})
WHERE toLower(type(t)) = pair.type
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(t, s, e)
WITH pair, t
ORDER BY t.id
WITH pair, collect(t)[0] AS tie
RETURN pair.key AS key, tie.id AS id, coalesce(tie.sensitivity, 'internal') AS sensitivity
