// Up to $limit versions' properties, for the bench's estimate of what a version costs to store (bench/rounds.ts); never used by the server.
MATCH (v:Version)
RETURN properties(v) AS properties
LIMIT $limit
