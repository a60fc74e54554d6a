// Ties of an export with every stored field: the requested types, both ends among the exported actors.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND @visibleTie(t, s, e)
RETURN t {
  .id, type: toLower(type(t)), sourceId: s.id, targetId: e.id, .directed, .strength, .source, .confidence,
  .observedAt, .validFrom, .validTo, .outputId, .description, .sensitivity, .fictional
} AS tie
ORDER BY t.id
