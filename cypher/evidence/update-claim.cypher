// Change a visible claim ($access; $relationshipTypes lists every tie type); a null in $properties removes the field.
MATCH (claim:Claim {id: $id})-[:FROM_SOURCE]->(source:Source)
WHERE @visibleClaim(claim, source)
SET claim += $properties, claim.updatedAt = datetime()
RETURN count(claim) AS updated
