// The claims about the ties of these actors ($actorIds; $relationshipTypes lists every tie type) keep their tie's present ends (tieStartId, tieEndId), which the claim visibility check and the stored grades find the tie by: run where ties are re-pointed (a merge, its undo). Found from the actors' indexed ids; writes only claims whose ends moved, and returns how many.
UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[t:$any($relationshipTypes)]-(:Actor)
WITH DISTINCT t
MATCH (claim:Claim {tieId: t.id})
WITH claim, startNode(t).id AS tieStartId, endNode(t).id AS tieEndId
WHERE claim.tieStartId IS NULL OR claim.tieStartId <> tieStartId OR claim.tieEndId IS NULL OR claim.tieEndId <> tieEndId
SET claim.tieStartId = tieStartId, claim.tieEndId = tieEndId
RETURN count(claim) AS anchored
