// Who leads or supports which output, for the exported actors.
MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(o:Output)
WHERE a.id IN $actorIds
RETURN {actorId: a.id, outputId: o.id, role: CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END, areaIds: coalesce(r.areaIds, [])} AS role
ORDER BY a.id, o.id, role.role
