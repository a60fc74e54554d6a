// Which of the given actor ids do not exist.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
WITH id, a WHERE a IS NULL
RETURN collect(DISTINCT id) AS missing
