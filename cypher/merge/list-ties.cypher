// Every tie touching an actor of a merge ($ids; the caller has checked that all of them are visible), with its type, ends and stored properties.
MATCH (a:Actor)
WHERE a.id IN $ids
MATCH (a)-[t:$any($relationshipTypes)]-(:Actor)
WITH DISTINCT t
RETURN t.id AS id, type(t) AS relationshipType, startNode(t).id AS sourceId, endNode(t).id AS targetId, properties(t) AS properties
