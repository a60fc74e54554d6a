// Update a user's fields (null removes one). A new password or a disabled account ends every session and revokes every API token, so re-enabling brings none back.
MATCH (u:User {id: $id})
SET u += $properties, u.updatedAt = datetime()
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
