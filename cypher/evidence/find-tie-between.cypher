// The id of a tie of one type between two actors (either direction), for planting the demo's evidence; $relationshipTypes lists the one type.
MATCH (s:Actor {id: $from})-[t:$any($relationshipTypes)]-(e:Actor {id: $to})
RETURN t.id AS tieId
LIMIT 1
