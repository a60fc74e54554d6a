// Delete a visible claim ($access; $relationshipTypes lists every tie type).
MATCH (claim:Claim {id: $id})-[:FROM_SOURCE]->(source:Source)
WHERE @visibleClaim(claim, source)
DETACH DELETE claim
RETURN count(*) AS deleted
