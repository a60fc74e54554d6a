// Up to $limit ties whose free-text source has not yet become a source and a claim (the start-up migration): no claim with the tie's legacy claim id exists yet. $relationshipTypes lists every tie type; $after pages by tie id.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id > $after AND t.source IS NOT NULL AND trim(t.source) <> ''
  AND NOT EXISTS { MATCH (:Claim {legacyTieId: t.id}) }
RETURN t.id AS tieId, s.id AS tieStartId, e.id AS tieEndId, t.source AS source, coalesce(t.confidence, 'reported') AS confidence,
       coalesce(t.sensitivity, 'internal') AS sensitivity, t.observedAt AS observedAt
ORDER BY t.id
LIMIT $limit
