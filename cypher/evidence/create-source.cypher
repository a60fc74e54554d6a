// Create a source (run only when its id is free); $properties holds the checked fields.
CREATE (source:Source {id: $id})
SET source += $properties, source.recordedBy = $userId, source.writeToken = $writeToken, source.createdAt = datetime(), source.updatedAt = datetime()
RETURN source.id AS id
