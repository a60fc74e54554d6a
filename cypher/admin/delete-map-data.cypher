// Empty the map (the reset command) but keep accounts, sessions, API tokens and the audit log, in batches.
MATCH (n)
WHERE NOT (n:User OR n:Session OR n:ApiToken OR n:AuditEvent)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
