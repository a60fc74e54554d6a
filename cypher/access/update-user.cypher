// Update a user's fields (null removes one); a disabled user loses every session at once.
MATCH (u:User {id: $id})
SET u += $properties, u.updatedAt = datetime()
WITH u
CALL (u) {
  WITH u WHERE u.disabled = true
  OPTIONAL MATCH (s:Session)-[:OF_USER]->(u)
  DETACH DELETE s
}
RETURN u.id AS id
