// Delete the claims whose subject is gone, whoever may see them (written before deletes and merges took claims with their records): about an actor no longer there, about a tie in $goneTieIds, or about nothing. Returns their ids, so their versions close.
CALL () {
  MATCH (claim:Claim)
  WHERE claim.actorId IS NOT NULL AND NOT EXISTS { MATCH (:Actor {id: claim.actorId}) }
  RETURN claim
  UNION
  MATCH (claim:Claim)
  WHERE claim.tieId IN $goneTieIds
  RETURN claim
  UNION
  MATCH (claim:Claim)
  WHERE claim.actorId IS NULL AND claim.tieId IS NULL
  RETURN claim
}
WITH collect(DISTINCT claim) AS claims
WITH claims, [claim IN claims | claim.id] AS claimIds
FOREACH (claim IN claims | DETACH DELETE claim)
RETURN claimIds
