// Which of the given output ids do not exist.
UNWIND $ids AS id
OPTIONAL MATCH (o:Output {id: id})
WITH id, o WHERE o IS NULL
RETURN collect(DISTINCT id) AS missing
