// Whether a mechanism already has this id (whoever may see it), and the write token that created it.
MATCH (m:CoordinationMechanism {id: $id})
RETURN m.writeToken AS writeToken
