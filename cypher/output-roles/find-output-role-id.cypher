// Whether a lead or support role already has this id (whoever may see it), and the write token that created it: role ids are unique across both types, which the per-type constraints alone do not ensure.
CALL () {
  MATCH (:Actor)-[r:LEADS {id: $id}]->(:Output) RETURN r
  UNION
  MATCH (:Actor)-[r:SUPPORTS {id: $id}]->(:Output) RETURN r
}
RETURN r.writeToken AS writeToken
LIMIT 1
