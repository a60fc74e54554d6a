// The ties and actors a source's claims are about (whoever may see them): their grades change with the source's reliability or sensitivity.
MATCH (claim:Claim)-[:FROM_SOURCE]->(:Source {id: $id})
RETURN collect(DISTINCT claim.tieId) AS tieIds, collect(DISTINCT claim.actorId) AS actorIds
