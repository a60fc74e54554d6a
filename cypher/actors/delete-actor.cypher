// Delete an actor the viewer may see ($access) and every relationship it has (its ties, roles, area links, participations).
MATCH (a:Actor {id: $id})
WHERE (a.sensitivity IN $access.levels OR a.id IN $access.actorIds
       OR EXISTS { MATCH (a)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
DETACH DELETE a
RETURN count(*) AS deleted
