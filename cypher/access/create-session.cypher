// Open a session for a user; only the SHA-256 of its token is stored.
MATCH (u:User {id: $userId})
CREATE (s:Session {tokenHash: $tokenHash, createdAt: datetime(), expiresAt: datetime() + duration({hours: $hours})})-[:OF_USER]->(u)
RETURN u.id AS id
