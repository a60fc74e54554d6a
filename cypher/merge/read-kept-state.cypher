// The kept actor of a merge ($keptId) as stored: every field and every link but grants (type, direction, the other end's labels and id, properties), for the fingerprint that tells an undo whether anything changed since the merge. No row when the actor is gone.
MATCH (k:Actor {id: $keptId})
OPTIONAL MATCH (k)-[r]-(other)
WHERE type(r) <> 'GRANTED'
WITH k, collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), outgoing: startNode(r) = k, otherLabels: labels(other), otherId: other.id, properties: properties(r)} END) AS links
RETURN properties(k) AS actor, links
