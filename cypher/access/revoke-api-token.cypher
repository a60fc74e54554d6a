// Revoke one of a user's API tokens; it stops working on the next request (and within a second on other instances).
MATCH (t:ApiToken {id: $id})-[:OF_USER]->(:User {id: $userId})
SET t.revoked = true, t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t.id AS id
