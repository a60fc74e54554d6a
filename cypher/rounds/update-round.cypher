// Change some fields of a mapping round ($properties; null clears signedOffBy).
MATCH (r:Round {id: $id})
SET r += $properties
WITH r
OPTIONAL MATCH (who:User {id: r.createdBy})
RETURN r {.*, createdByName: who.displayName} AS round
