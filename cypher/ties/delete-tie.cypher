// Delete one tie by id.
MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
WHERE t.id = $id
DELETE t
RETURN count(*) AS deleted
