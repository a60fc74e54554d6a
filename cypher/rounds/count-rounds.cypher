// How many mapping rounds there are: the demo seed dates its records and names its two rounds only in a database that has none.
MATCH (r:Round)
RETURN count(r) AS rounds
