// Delete every claim about actor $id or about one of its ties, whoever may see them (run just before the actor's delete, which takes its ties with it): a claim does not outlive what it is about. Returns their ids, so their versions close. $relationshipTypes lists every tie type.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (claim:Claim {actorId: $id})
  RETURN claim
  UNION
  MATCH (claim:Claim)-[:ABOUT]->(a)
  RETURN claim
  UNION
  MATCH (a)-[t:$any($relationshipTypes)]-(:Actor)
  MATCH (claim:Claim {tieId: t.id})
  RETURN claim
}
WITH collect(DISTINCT claim) AS claims
WITH claims, [claim IN claims | claim.id] AS claimIds
FOREACH (claim IN claims | DETACH DELETE claim)
RETURN claimIds
