// Who led or supported which output as of $asOf, for the exported actors: the role versions open then, with the role's id, dates and note (the twin of export/output-roles).
MATCH (r:Version {recordKind: 'role'})
WHERE r.versionTo > $asOf AND r.versionFrom <= $asOf AND r.actorId IN $actorIds
RETURN {id: r.recordId, actorId: r.actorId, outputId: r.outputId, role: CASE r.relationshipType WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
        areaIds: coalesce(r.areaIds, []),
        from: CASE WHEN r.from IS NULL THEN null ELSE left(toString(r.from), 10) END,
        to: CASE WHEN r.to IS NULL THEN null ELSE left(toString(r.to), 10) END,
        note: r.note} AS role
ORDER BY role.actorId, role.outputId, role.role
