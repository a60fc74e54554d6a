// Create a personal API token for scripts; only the SHA-256 of the secret is stored.
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, name: $name, tokenHash: $tokenHash, revoked: false, createdAt: datetime()})-[:OF_USER]->(u)
RETURN t {.id, .name, .revoked, .createdAt} AS token
