// Every claim on one tie ($tieId) or one actor ($actorId), whoever may see it, with its source's reliability and sensitivity: the input of the grade at each clearance level.
MATCH (claim:Claim)-[:FROM_SOURCE]->(source:Source)
WHERE ($tieId IS NOT NULL AND claim.tieId = $tieId) OR ($actorId IS NOT NULL AND claim.actorId = $actorId)
RETURN claim.id AS id, source.id AS sourceId, coalesce(source.reliability, 'F') AS reliability,
       coalesce(source.sensitivity, 'internal') AS sensitivity, claim.credibility AS credibility,
       claim.exists AS exists, claim.attribute AS attribute, claim.value AS value
