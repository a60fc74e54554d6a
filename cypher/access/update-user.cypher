// Update a user's fields (null removes one); an administrator keeps the time they became one, which approvals compare with a request's. A new password or a disabled account ends every session and revokes every API token, so re-enabling brings none back.
MATCH (u:User {id: $id})
SET u += $properties, u.updatedAt = datetime()
SET u.administratorSince = CASE WHEN u.role = 'administrator' THEN coalesce(u.administratorSince, datetime()) END
WITH u
CALL (u) {
  WITH u WHERE $endCredentials OR u.disabled = true
  OPTIONAL MATCH (s:Session)-[:OF_USER]->(u)
  DETACH DELETE s
}
CALL (u) {
  WITH u WHERE $endCredentials OR u.disabled = true
  MATCH (t:ApiToken {revoked: false})-[:OF_USER]->(u)
  SET t.revoked = true, t.revokedAt = datetime()
}
RETURN u.id AS id
