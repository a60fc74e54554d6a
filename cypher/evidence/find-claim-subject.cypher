// Whether the source, and the tie or actor a new claim would be about, exist and are visible to the viewer ($access; $relationshipTypes lists every tie type).
RETURN EXISTS { MATCH (source:Source {id: $sourceId}) WHERE @visibleSource(source) } AS sourceVisible,
       ($tieId IS NULL OR EXISTS {
         MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
         WHERE t.id = $tieId AND @visibleActor(s) AND @visibleActor(e) AND @visibleTie(t, s, e)
       }) AS tieVisible,
       ($actorId IS NULL OR EXISTS { MATCH (a:Actor {id: $actorId}) WHERE @visibleActor(a) }) AS actorVisible
