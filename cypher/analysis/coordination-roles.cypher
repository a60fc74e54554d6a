// Who leads or supports which output, in which areas (empty list: no areas given), among the visible actors.
MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(o:Output)
WHERE a.id IN $actorIds AND ($outputId IS NULL OR o.id = $outputId)
RETURN a.id AS actorId, o.id AS outputId,
       CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END AS role,
       coalesce(r.areaIds, []) AS areaIds
ORDER BY outputId, actorId, role
