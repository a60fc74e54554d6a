// Whether an actor the viewer may see ($access) has ties the viewer may not see (the tie, or its other end, hidden): such an actor is not deleted by them.
MATCH (a:Actor {id: $id})-[t:$any($relationshipTypes)]-(other:Actor)
WITH a, t, other, startNode(t) AS s, endNode(t) AS e
WHERE NOT (@visibleActor(other) AND @visibleTie(t, s, e))
RETURN count(t) AS hidden
