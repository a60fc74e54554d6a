// Change some fields of a mapping round ($properties; null clears signedOffBy); updatedAt tells an import's undo that the round changed since.
MATCH (r:Round {id: $id})
SET r += $properties, r.updatedAt = datetime()
WITH r
OPTIONAL MATCH (who:User {id: r.createdBy})
RETURN r {.*, createdByName: who.displayName} AS round
