// Delete a visible claim ($access; $relationshipTypes lists every tie type); returns the ends of its tie, where the tie's grade is stored again.
MATCH (claim:Claim {id: $id})-[:FROM_SOURCE]->(source:Source)
WHERE @visibleClaim(claim, source)
WITH claim, claim.tieStartId AS tieStartId, claim.tieEndId AS tieEndId
DETACH DELETE claim
RETURN count(*) AS deleted, collect(tieStartId)[0] AS tieStartId, collect(tieEndId)[0] AS tieEndId
