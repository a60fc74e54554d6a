// Delete an actor and every relationship it has (its ties, roles, area links, participations).
MATCH (a:Actor {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted
