// Which of the given admin area ids do not exist.
UNWIND $ids AS id
OPTIONAL MATCH (area:AdminArea {id: id})
WITH id, area WHERE area IS NULL
RETURN collect(DISTINCT id) AS missing
