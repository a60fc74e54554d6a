// One claim by id, if the viewer may see it and its source and subject ($access; $relationshipTypes lists every tie type).
MATCH (claim:Claim {id: $id})-[:FROM_SOURCE]->(source:Source)
WHERE @visibleClaim(claim, source)
RETURN @claimFields(claim, source) AS claim
