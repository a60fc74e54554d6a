// The ties an import wrote ($ties: id, sourceId, targetId) with a free-text source, and the claim their source text already became (a re-import), as legacy-tie-sources gives them: an import's source column becomes claims in the import's own transaction (issue 15). Each tie found from its indexed ends, never by its id across every relationship type.
UNWIND $ties AS row
MATCH (s:Actor {id: row.sourceId})-[t]->(e:Actor {id: row.targetId})
WHERE t.id = row.id AND t.source IS NOT NULL AND trim(t.source) <> ''
OPTIONAL MATCH (claim:Claim {legacyTieId: t.id})-[:FROM_SOURCE]->(claimSource:Source)
RETURN t.id AS tieId, s.id AS tieStartId, e.id AS tieEndId, t.source AS source, coalesce(t.confidence, 'reported') AS confidence,
       coalesce(t.sensitivity, 'internal') AS sensitivity, t.observedAt AS observedAt,
       claim.id AS claimId, claimSource.id AS claimSourceId
ORDER BY t.id
