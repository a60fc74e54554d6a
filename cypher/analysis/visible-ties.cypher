// Ties of the requested types between the given (visible) actors that the viewer may see ($access), valid on $date when one is given (open ends allowed).
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND @visibleTie(t, s, e)
  AND ($date IS NULL OR ((t.validFrom IS NULL OR t.validFrom <= $date) AND (t.validTo IS NULL OR t.validTo >= $date)))
RETURN t {
  .id, sourceId: s.id, targetId: e.id, type: toLower(type(t)), .directed, .strength, .confidence, .outputId
} AS tie
ORDER BY t.id
