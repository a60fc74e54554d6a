// Whether any tie of any type already has this id (whoever may see it), and the write token that created it: tie ids are unique across types.
MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
WHERE t.id = $id
RETURN t.writeToken AS writeToken
LIMIT 1
