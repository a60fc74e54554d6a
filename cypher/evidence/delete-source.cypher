// Delete a visible source ($access) with all its claims (the caller has refused one with claims it may not see); returns the ties (with the ends their claims kept) and actors whose grades must be computed again.
MATCH (source:Source {id: $id})
WHERE @visibleSource(source)
OPTIONAL MATCH (claim:Claim)-[:FROM_SOURCE]->(source)
WITH source, collect(claim) AS claims
WITH source, claims,
     [claim IN claims WHERE claim.tieId IS NOT NULL | claim.tieId] AS tieIds,
     [claim IN claims WHERE claim.actorId IS NOT NULL | claim.actorId] AS actorIds,
     [claim IN claims WHERE claim.tieId IS NOT NULL | {tieId: claim.tieId, tieStartId: claim.tieStartId, tieEndId: claim.tieEndId}] AS tieEnds
FOREACH (claim IN claims | DETACH DELETE claim)
DETACH DELETE source
RETURN 1 AS deleted, tieIds, actorIds, tieEnds
