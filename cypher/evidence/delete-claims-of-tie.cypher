// Delete every claim about tie $id, whoever may see them, once no tie of any type has that id (run after the tie's delete): a claim does not outlive what it is about. Returns their ids, so their versions close. $relationshipTypes lists every tie type.
OPTIONAL MATCH (claim:Claim {tieId: $id})
WHERE NOT EXISTS { MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor) WHERE t.id = $id }
WITH collect(claim) AS claims
WITH claims, [claim IN claims | claim.id] AS claimIds
FOREACH (claim IN claims | DETACH DELETE claim)
RETURN claimIds
