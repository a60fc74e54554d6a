// Start-up repair: up to $limit claims about a tie whose stored ends (tieStartId, tieEndId) are missing (claims written before they were kept) or are not the ends of their tie take their tie's ends. One pass over the ties, each finding its claims by the indexed tieId; $relationshipTypes lists every tie type. Returns how many were written: the caller repeats while that is $limit.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
MATCH (claim:Claim {tieId: t.id})
WHERE claim.tieStartId IS NULL OR claim.tieStartId <> s.id OR claim.tieEndId IS NULL OR claim.tieEndId <> e.id
WITH claim, s.id AS tieStartId, e.id AS tieEndId
LIMIT $limit
SET claim.tieStartId = tieStartId, claim.tieEndId = tieEndId
RETURN count(claim) AS anchored
