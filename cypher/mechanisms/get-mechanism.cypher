// One coordination mechanism by id, if the viewer may see it ($access: at least one visible member), with its visible members and chair.
MATCH (m:CoordinationMechanism {id: $id})
WHERE @visibleMechanism(m)
RETURN @mechanismFields(m) AS mechanism
