// The ids of the lead and support roles of the actors in $actorIds: the roles a dataset load or an import wrote (its rows name roles by actor, output and type, not always by id).
UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[r:LEADS|SUPPORTS]->(:Output)
WHERE r.id IS NOT NULL
RETURN collect(DISTINCT r.id) AS roleIds
