// Delete a mapping round: only the name of a date goes; the history it pointed into stays.
MATCH (r:Round {id: $id})
DELETE r
RETURN count(*) AS deleted
