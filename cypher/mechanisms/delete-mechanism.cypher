// Delete a visible mechanism ($access) with its links; the caller has refused one with hidden members.
MATCH (m:CoordinationMechanism {id: $id})
WHERE @visibleMechanism(m)
DETACH DELETE m
RETURN count(*) AS deleted
