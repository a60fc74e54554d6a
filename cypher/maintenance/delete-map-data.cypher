// Empty the map (the reset command) but keep accounts, sessions, API tokens, grant requests, sign-in throttles and the audit log, in batches.
MATCH (n)
WHERE NOT (n:User OR n:Session OR n:ApiToken OR n:AuditEvent OR n:GrantRequest OR n:SignInThrottle)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
