// Which of an import's chosen actor ids are already taken by actors the importing viewer may not see ($access): such rows are refused as "id taken", the answer a create with a taken chosen id gets.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT @visibleActor(a)
RETURN collect(a.id) AS hidden
