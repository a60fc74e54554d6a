// A user's API tokens (never their secrets), newest first; tokens made before scopes and expiries read as read-write, expiring 90 days after creation.
MATCH (t:ApiToken)-[:OF_USER]->(:User {id: $userId})
RETURN t {.id, .name, .revoked, .createdAt, scope: coalesce(t.scope, 'read-write'),
          expiresAt: coalesce(t.expiresAt, t.createdAt + duration({days: 90}))} AS token
ORDER BY t.createdAt DESC
