// Whether a source already has this id (whoever may see it), and the write token that created it.
MATCH (source:Source {id: $id})
RETURN source.writeToken AS writeToken
