// A user's API tokens (never their secrets), newest first.
MATCH (t:ApiToken)-[:OF_USER]->(:User {id: $userId})
RETURN t {.id, .name, .revoked, .createdAt} AS token
ORDER BY t.createdAt DESC
