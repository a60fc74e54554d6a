// Create a mapping round: a name for a date-time ($at, epoch milliseconds); it copies nothing (the versions already hold the record of every date).
CREATE (r:Round {id: $id, name: $name, description: $description, signedOffBy: $signedOffBy, at: $at, createdBy: $createdBy, createdAt: $createdAt})
WITH r
OPTIONAL MATCH (who:User {id: r.createdBy})
RETURN r {.*, createdByName: who.displayName} AS round
