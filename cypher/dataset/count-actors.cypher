// How many actors the database holds: the seed loads data only into an empty map.
MATCH (a:Actor) RETURN count(a) AS actors
