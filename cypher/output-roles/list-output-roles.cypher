// One page of the lead and support roles the viewer may see (a role is visible when its actor is: $access), optionally on one output, of one actor or listing one admin area, ordered by id, with the total.
MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(o:Output)
WHERE ($outputId IS NULL OR o.id = $outputId)
  AND ($actorId IS NULL OR a.id = $actorId)
  AND ($areaId IS NULL OR $areaId IN coalesce(r.areaIds, []))
  AND @visibleActor(a)
WITH a, r, o
ORDER BY r.id
WITH collect(@outputRoleFields(a, r, o)) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS items
