// Ties of the requested types between the given (visible) actors that the viewer may see ($access), valid on $date when one is given (open ends allowed), and only those corroborated at the viewer's clearance when $corroboratedOnly.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND @visibleTie(t, s, e)
  AND (NOT $corroboratedOnly OR @evidenceGradeOf(t) = 'corroborated')
  AND ($date IS NULL OR ((t.validFrom IS NULL OR t.validFrom <= $date) AND (t.validTo IS NULL OR t.validTo >= $date)))
RETURN t {
  .id, sourceId: s.id, targetId: e.id, type: toLower(type(t)), .directed, .strength, .confidence, .outputId, evidenceGrade: @evidenceGradeOf(t)
} AS tie
ORDER BY t.id
