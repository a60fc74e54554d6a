// Which of the given actor ids do not exist for the viewer ($access): an actor they may not see counts as missing.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
WITH id, a
WHERE a IS NULL OR NOT @visibleActor(a)
RETURN collect(DISTINCT id) AS missing
