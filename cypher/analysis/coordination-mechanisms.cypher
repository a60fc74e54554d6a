// Coordination mechanisms with at least one visible member ($actorIds: the actors the viewer may see), with those members, the areas they cover and the outputs they coordinate. A mechanism of hidden members only is left out, id and all.
MATCH (m:CoordinationMechanism)
WITH m, COLLECT { MATCH (a:Actor)-[:MEMBER_OF]->(m) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id } AS memberIds
WHERE size(memberIds) > 0
RETURN m {
  .id, .name, .kind, memberIds: memberIds,
  areaIds: COLLECT { MATCH (m)-[:COVERS_AREA]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  outputIds: COLLECT { MATCH (m)-[:COORDINATES]->(o:Output) RETURN o.id ORDER BY o.id }
} AS mechanism
ORDER BY m.id
