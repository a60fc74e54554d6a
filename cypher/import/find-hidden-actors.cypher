// Which of an import's actor ids already belong to actors the importing viewer may not see ($access): such an import is refused rather than overwrite them.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT (a.sensitivity IN $access.levels OR a.id IN $access.actorIds
       OR EXISTS { MATCH (a)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea) WHERE opened.id IN $access.areaIds })
RETURN collect(a.id) AS hidden
