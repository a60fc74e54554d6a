// How many claims of a source the viewer may not see ($access; $relationshipTypes lists every tie type): a delete must not drop what the writer cannot see.
MATCH (claim:Claim)-[:FROM_SOURCE]->(source:Source {id: $id})
WHERE NOT @visibleClaim(claim, source)
RETURN count(claim) AS hidden
