// Current names of the actors of a stored import report that the reader may see now ($access): the report keeps ids only, and names are filled in when it is read.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE @visibleActor(a)
RETURN a.id AS id, a.name AS name
