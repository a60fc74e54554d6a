// One page of the ties the viewer may see ($access: the tie and both its ends), optionally of some types or touching one actor, ordered by id, with the total.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE ($actorId IS NULL OR s.id = $actorId OR e.id = $actorId)
  AND (s.sensitivity IN $access.levels OR s.id IN $access.actorIds
       OR EXISTS { MATCH (s)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
  AND (e.sensitivity IN $access.levels OR e.id IN $access.actorIds
       OR EXISTS { MATCH (e)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
  AND (coalesce(t.sensitivity, 'internal') IN $access.levels OR s.id IN $access.actorIds OR e.id IN $access.actorIds)
WITH s, t, e
ORDER BY t.id
WITH collect(t {.*, type: toLower(type(t)), sourceId: s.id, targetId: e.id}) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS items
