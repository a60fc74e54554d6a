// Set the fields a merge fills and the aliases it adds on the kept actor ($keptId).
MATCH (a:Actor {id: $keptId})
SET a += $changes, a.updatedAt = datetime()
RETURN a.id AS id
