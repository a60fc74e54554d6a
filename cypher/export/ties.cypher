// Ties of an export with every stored field their role receives ($fields): the requested types, both ends among the exported actors, valid on the date $at when given (as the map's ties are), with their evidence at each clearance up to the viewer's.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND ($at IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $at) AND (t.validTo IS NULL OR toString(t.validTo) >= $at)))
  AND @visibleTie(t, s, e)
RETURN t {
  .id, type: toLower(type(t)), sourceId: s.id, targetId: e.id, .directed, .strength, .confidence,
  .observedAt, .validFrom, .validTo, .outputId, .sensitivity, .fictional, @projectedTieFields(t),
  evidenceByLevel: @evidenceByLevelOf(t)
} AS tie
ORDER BY t.id
