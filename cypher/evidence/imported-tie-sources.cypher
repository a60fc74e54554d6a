// The ties an import wrote ($ties: id, sourceId, targetId) whose free-text source has not yet become a source and a claim, as legacy-tie-sources gives them: an import's source column becomes claims in the import's own transaction (issue 15). Each tie found from its indexed ends, never by its id across every relationship type.
UNWIND $ties AS row
MATCH (:Actor {id: row.sourceId})-[t]->(:Actor {id: row.targetId})
WHERE t.id = row.id AND t.source IS NOT NULL AND trim(t.source) <> ''
  AND NOT EXISTS { MATCH (:Claim {legacyTieId: t.id}) }
RETURN t.id AS tieId, t.source AS source, coalesce(t.confidence, 'reported') AS confidence,
       coalesce(t.sensitivity, 'internal') AS sensitivity, t.observedAt AS observedAt
ORDER BY t.id
