// The map's ties: those of the requested relationship types whose two ends are both among the map's actors, valid on the date $at when given (an absent validFrom or validTo is an open end).
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND @visibleTie(t, s, e)
  AND ($at IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $at) AND (t.validTo IS NULL OR toString(t.validTo) >= $at)))
RETURN t {
  .id, source: s.id, target: e.id, type: toLower(type(t)), .directed, .strength, .confidence, .validFrom, .validTo, evidence: @evidenceOf(t)
} AS edge
ORDER BY t.id
