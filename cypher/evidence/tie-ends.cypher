// The ends of the ties with these ids ($tieIds; $relationshipTypes lists every tie type), for a regrade of ties whose ends no claim or caller gave (a tie left with no claim): one scan of the ties for the whole batch, as a tie has no index across types.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id IN $tieIds
RETURN t.id AS tieId, s.id AS tieStartId, e.id AS tieEndId
