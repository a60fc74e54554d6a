// Coordination mechanisms with their visible members, the areas they cover and the outputs they coordinate.
MATCH (m:CoordinationMechanism)
RETURN m {
  .id, .name, .kind,
  memberIds: COLLECT { MATCH (a:Actor)-[:MEMBER_OF]->(m) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id },
  areaIds: COLLECT { MATCH (m)-[:COVERS_AREA]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  outputIds: COLLECT { MATCH (m)-[:COORDINATES]->(o:Output) RETURN o.id ORDER BY o.id }
} AS mechanism
ORDER BY m.id
