// Empty the database for a benchmark run: every node and relationship, accounts included, in batches. Bench only: it lives outside cypher/ so the API server never loads it.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
