// Revoke one of a user's API tokens; it stops working on the next request.
MATCH (t:ApiToken {id: $id})-[:OF_USER]->(:User {id: $userId})
SET t.revoked = true
RETURN t.id AS id
