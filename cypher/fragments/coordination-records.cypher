// How lead and support roles and coordination mechanisms are read back by /api/output-roles and
// /api/mechanisms: one projection each, so list and read answer the same shape. Not rules of who
// may see what (those are in visibility.cypher); the mechanism projection lists only the members
// and the chair the viewer may see. Variable names inside are long so they never meet a query's own.

// @fragment outputRoleFields(ACTOR, ROLE, OUTPUT)
{id: ROLE.id, actorId: ACTOR.id, outputId: OUTPUT.id,
 role: CASE type(ROLE) WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
 areaIds: coalesce(ROLE.areaIds, []), from: ROLE.from, to: ROLE.to, note: coalesce(ROLE.note, ''),
 createdAt: ROLE.createdAt, updatedAt: ROLE.updatedAt}

// @fragment mechanismFields(MECHANISM)
MECHANISM {
  .id, .name, .kind, createdAt: MECHANISM.createdAt, updatedAt: MECHANISM.updatedAt,
  memberIds: COLLECT { MATCH (mechanismMember:Actor)-[:MEMBER_OF]->(MECHANISM) WHERE @visibleActor(mechanismMember) RETURN mechanismMember.id ORDER BY mechanismMember.id },
  chairId: head(COLLECT { MATCH (mechanismChair:Actor)-[:CHAIRS]->(MECHANISM) WHERE @visibleActor(mechanismChair) RETURN mechanismChair.id }),
  areaIds: COLLECT { MATCH (MECHANISM)-[:COVERS_AREA]->(coveredArea:AdminArea) RETURN coveredArea.id ORDER BY coveredArea.id },
  outputIds: COLLECT { MATCH (MECHANISM)-[:COORDINATES]->(coordinatedOutput:Output) RETURN coordinatedOutput.id ORDER BY coordinatedOutput.id }
}
