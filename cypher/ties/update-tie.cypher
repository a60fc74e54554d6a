// Update a tie's properties (null removes one); its type and ends stay.
MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
WHERE t.id = $id
SET t += $properties, t.updatedAt = datetime()
RETURN t.id AS id
