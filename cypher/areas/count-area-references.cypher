// Records that point to an admin area, by kind: how many of each the viewer may see ($access), and how many they may not, in one total (with links of any other kind, which this query does not know how to show). A mechanism is seen when one of its members is; a role when its actor is.
MATCH (area:AdminArea {id: $id})
WITH area,
  COUNT { MATCH (a:Actor) WHERE EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area) } } AS actorsAll,
  COUNT { MATCH (a:Actor) WHERE EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area) } AND @visibleActor(a) } AS actors,
  COUNT { MATCH (g:Engagement)-[:HELD_IN]->(area) } AS engagementsAll,
  COUNT { MATCH (g:Engagement)-[:HELD_IN]->(area) WHERE @visibleEngagement(g) } AS engagements,
  COUNT { MATCH (:Actor)-[r:LEADS|SUPPORTS]->(:Output) WHERE area.id IN coalesce(r.areaIds, []) } AS rolesAll,
  COUNT { MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(:Output) WHERE area.id IN coalesce(r.areaIds, []) AND @visibleActor(a) } AS roles,
  COUNT { MATCH (m:CoordinationMechanism)-[:COVERS_AREA]->(area) } AS mechanismsAll,
  COUNT { MATCH (m:CoordinationMechanism)-[:COVERS_AREA]->(area)
          WHERE EXISTS { MATCH (member:Actor)-[:MEMBER_OF]->(m) WHERE @visibleActor(member) } } AS mechanisms,
  COUNT { MATCH (child:AdminArea) WHERE child.parentId = area.id } AS childAreas,
  COUNT { MATCH (area)-[r]-() WHERE NOT type(r) IN ['BASED_IN', 'ACTIVE_IN', 'HELD_IN', 'COVERS_AREA', 'GRANTED'] } AS otherLinks
RETURN actors, engagements, roles, mechanisms, childAreas,
       (actorsAll - actors) + (engagementsAll - engagements) + (rolesAll - roles) + (mechanismsAll - mechanisms) + otherLinks AS unseen
