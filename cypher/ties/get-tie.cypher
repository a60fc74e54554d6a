// One tie by id, with the ids of the actors at its ends. $relationshipTypes lists every tie type.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id = $id
RETURN t {.*, type: toLower(type(t)), sourceId: s.id, targetId: e.id} AS tie
