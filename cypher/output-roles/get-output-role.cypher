// One lead or support role by id, if the viewer may see its actor ($access). Looked up per type so each type's id index serves it.
CALL () {
  MATCH (a:Actor)-[r:LEADS {id: $id}]->(o:Output) RETURN a, r, o
  UNION
  MATCH (a:Actor)-[r:SUPPORTS {id: $id}]->(o:Output) RETURN a, r, o
}
WITH a, r, o
WHERE @visibleActor(a)
RETURN @outputRoleFields(a, r, o) AS role
LIMIT 1
