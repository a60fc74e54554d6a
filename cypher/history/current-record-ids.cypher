// The ids of every actor and every tie (of the types in $relationshipTypes): what a bulk write (import, merge, its undo, the start-up baseline) brings the history up to date with.
RETURN COLLECT { MATCH (a:Actor) RETURN a.id } AS actorIds,
       COLLECT { MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor) RETURN t.id } AS tieIds
