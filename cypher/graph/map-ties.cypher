// The map's ties: those of the requested relationship types whose two ends are both among the map's actors.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE s.id IN $actorIds AND e.id IN $actorIds
  AND (coalesce(t.sensitivity, 'internal') IN $access.levels OR s.id IN $access.actorIds OR e.id IN $access.actorIds)
RETURN t {
  .id, source: s.id, target: e.id, type: toLower(type(t)), .directed, .strength, .confidence, .validFrom, .validTo
} AS edge
ORDER BY t.id
