// The tie ids claims name (whoever may see them) and every tie id present, for the start-up check for claims about ties gone ($relationshipTypes lists every tie type): compared in the server, as a tie has no index across types.
RETURN COLLECT { MATCH (claim:Claim) WHERE claim.tieId IS NOT NULL RETURN DISTINCT claim.tieId } AS claimedTieIds,
       COLLECT { MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor) RETURN DISTINCT t.id } AS tieIds
