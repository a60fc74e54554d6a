// Every mapping round, newest date first, with the display name of who created it.
MATCH (r:Round)
OPTIONAL MATCH (who:User {id: r.createdBy})
RETURN r {.*, createdByName: who.displayName} AS round
ORDER BY r.at DESC, r.id
