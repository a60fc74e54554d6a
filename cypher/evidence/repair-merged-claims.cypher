// Claims whose ABOUT link a merge moved to the kept actor while their actorId still names the duplicate (written before merges moved claims): their actorId becomes the actor they are linked to. Returns those actors, whose grades must be computed again.
MATCH (claim:Claim)-[:ABOUT]->(a:Actor)
WHERE claim.actorId IS NULL OR claim.actorId <> a.id
SET claim.actorId = a.id
RETURN collect(DISTINCT a.id) AS actorIds
