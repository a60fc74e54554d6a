// Every claim on any of these actors ($actorIds), whoever may see it, with its source's reliability and sensitivity: the grade input for many actors at once.
MATCH (claim:Claim)-[:FROM_SOURCE]->(source:Source)
WHERE claim.actorId IN $actorIds
RETURN claim.actorId AS actorId, claim.id AS id, source.id AS sourceId, coalesce(source.reliability, 'F') AS reliability,
       coalesce(source.sensitivity, 'internal') AS sensitivity, claim.credibility AS credibility,
       claim.exists AS exists, claim.attribute AS attribute, claim.value AS value
