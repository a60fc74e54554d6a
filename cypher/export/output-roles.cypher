// Who leads or supports which output, for the exported actors, with the role's id, dates and note (absent ones are left out of the file).
MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(o:Output)
WHERE a.id IN $actorIds
RETURN {id: r.id, actorId: a.id, outputId: o.id, role: CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END, areaIds: coalesce(r.areaIds, []),
        from: CASE WHEN r.from IS NULL THEN null ELSE left(toString(r.from), 10) END,
        to: CASE WHEN r.to IS NULL THEN null ELSE left(toString(r.to), 10) END,
        note: r.note} AS role
ORDER BY a.id, o.id, role.role
