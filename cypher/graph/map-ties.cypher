// The map's ties: those of the requested relationship types whose two ends are both visible and, when $actorIds is given, both among the map's actors (null for the whole map, where 20,000 membership tests per end cost more than the visibility test; the service then keeps ties between the actors it read), valid on the date $at when given (an absent validFrom or validTo is an open end). Columns rather than a map per tie, as in map-actors.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE ($actorIds IS NULL OR (s.id IN $actorIds AND e.id IN $actorIds))
  AND @visibleActor(s) AND @visibleActor(e)
  AND @visibleTie(t, s, e)
  AND ($at IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $at) AND (t.validTo IS NULL OR toString(t.validTo) >= $at)))
RETURN t.id AS id, s.id AS source, e.id AS target, toLower(type(t)) AS type, t.directed AS directed, t.strength AS strength,
  t.confidence AS confidence, t.validFrom AS validFrom, t.validTo AS validTo, @evidenceOf(t) AS evidence
ORDER BY id
