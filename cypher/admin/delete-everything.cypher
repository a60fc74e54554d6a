// Empty the database (the reset command): every node and relationship, in batches.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
