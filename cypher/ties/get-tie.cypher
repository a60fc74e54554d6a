// One tie by id, if the viewer may see it and both its ends ($access), with the ids of the actors at its ends. $relationshipTypes lists every tie type.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id = $id
  AND (s.sensitivity IN $access.levels OR s.id IN $access.actorIds
       OR EXISTS { MATCH (s)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
  AND (e.sensitivity IN $access.levels OR e.id IN $access.actorIds
       OR EXISTS { MATCH (e)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
  AND (coalesce(t.sensitivity, 'internal') IN $access.levels OR s.id IN $access.actorIds OR e.id IN $access.actorIds)
RETURN t {.*, type: toLower(type(t)), sourceId: s.id, targetId: e.id} AS tie
