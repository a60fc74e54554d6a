// Engagements already holding an import's engagement ids, with their sensitivity and whether the importing viewer may see them ($access): a hidden one is refused as a taken id.
UNWIND $ids AS id
MATCH (g:Engagement {id: id})
RETURN g.id AS id, coalesce(g.sensitivity, 'internal') AS sensitivity, @visibleEngagement(g) AS visible
