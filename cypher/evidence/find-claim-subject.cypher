// Whether the source, and the tie or actor a new claim would be about, exist and are visible to the viewer ($access; $relationshipTypes lists every tie type), with the ends of that tie (the claim keeps them: the visibility check finds its tie from them). The tie is looked up only when $tieId is given (an empty UNWIND otherwise).
OPTIONAL CALL () {
  UNWIND CASE WHEN $tieId IS NULL THEN [] ELSE [$tieId] END AS wantedTieId
  MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
  WHERE t.id = wantedTieId AND @visibleActor(s) AND @visibleActor(e) AND @visibleTie(t, s, e)
  RETURN s.id AS tieStartId, e.id AS tieEndId
  LIMIT 1
}
RETURN EXISTS { MATCH (source:Source {id: $sourceId}) WHERE @visibleSource(source) } AS sourceVisible,
       ($tieId IS NULL OR tieStartId IS NOT NULL) AS tieVisible,
       ($actorId IS NULL OR EXISTS { MATCH (a:Actor {id: $actorId}) WHERE @visibleActor(a) }) AS actorVisible,
       tieStartId, tieEndId
