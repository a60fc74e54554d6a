// Delete an actor the viewer may see ($access) and every relationship it has (its ties, roles, area links, participations); the caller has refused actors with hidden ties, engagements or mechanisms.
MATCH (a:Actor {id: $id})
WHERE @visibleActor(a)
DETACH DELETE a
RETURN count(*) AS deleted
