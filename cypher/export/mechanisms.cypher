// Coordination mechanisms with at least one exported actor as member; members limited to exported actors, and the chair only when it is one of them.
MATCH (m:CoordinationMechanism)
WITH m, COLLECT { MATCH (a:Actor)-[:MEMBER_OF]->(m) WHERE a.id IN $actorIds RETURN a.id ORDER BY a.id } AS memberIds
WHERE size(memberIds) > 0
RETURN m {
  .id, .name, .kind, memberIds: memberIds,
  areaIds: COLLECT { MATCH (m)-[:COVERS_AREA]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  outputIds: COLLECT { MATCH (m)-[:COORDINATES]->(o:Output) RETURN o.id ORDER BY o.id },
  chairId: head(COLLECT { MATCH (chair:Actor)-[:CHAIRS]->(m) WHERE chair.id IN memberIds RETURN chair.id ORDER BY chair.id })
} AS mechanism
ORDER BY m.id
