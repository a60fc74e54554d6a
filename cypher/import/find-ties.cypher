// Ties already holding an import's chosen tie ids, of any type, with their ends and type and whether the importing viewer may see them ($access): a chosen id held by any other tie is refused.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id IN $ids
RETURN t.id AS id, s.id AS sourceId, e.id AS targetId, toLower(type(t)) AS type, coalesce(t.sensitivity, 'internal') AS sensitivity,
       (@visibleActor(s) AND @visibleActor(e) AND @visibleTie(t, s, e)) AS visible
