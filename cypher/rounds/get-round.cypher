// One mapping round by id.
MATCH (r:Round {id: $id})
WITH r
OPTIONAL MATCH (who:User {id: r.createdBy})
RETURN r {.*, createdByName: who.displayName} AS round
