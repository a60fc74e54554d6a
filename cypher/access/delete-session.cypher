// End a session on the server (sign-out).
MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
