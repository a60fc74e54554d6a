// Every claim on any of these ties ($tieIds), whoever may see it, with its source's reliability and sensitivity and the ends of its tie (tieStartId, tieEndId): the grade input for many ties at once (the migration, a source change), and where their grades are stored.
MATCH (claim:Claim)-[:FROM_SOURCE]->(source:Source)
WHERE claim.tieId IN $tieIds
RETURN claim.tieId AS tieId, claim.id AS id, source.id AS sourceId, coalesce(source.reliability, 'F') AS reliability,
       coalesce(source.sensitivity, 'internal') AS sensitivity, claim.credibility AS credibility,
       claim.exists AS exists, claim.attribute AS attribute, claim.value AS value,
       claim.tieStartId AS tieStartId, claim.tieEndId AS tieEndId
