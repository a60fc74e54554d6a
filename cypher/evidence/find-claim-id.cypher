// Whether a claim already has this id (whoever may see it), and the write token that created it.
MATCH (claim:Claim {id: $id})
RETURN claim.writeToken AS writeToken
