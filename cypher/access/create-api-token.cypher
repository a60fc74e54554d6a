// Create a personal API token for scripts, with a scope and an expiry; only the SHA-256 of the secret is stored.
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, name: $name, tokenHash: $tokenHash, revoked: false, scope: $scope,
                    createdAt: datetime(), expiresAt: datetime() + duration({days: $expiresInDays})})-[:OF_USER]->(u)
RETURN t {.id, .name, .revoked, .scope, .createdAt, .expiresAt} AS token
