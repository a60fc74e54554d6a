// Replace a user's grants: each opens one actor or one admin area to them, whatever its sensitivity.
MATCH (u:User {id: $id})
OPTIONAL MATCH (u)-[old:GRANTED]->()
DELETE old
WITH DISTINCT u
CALL (u) {
  UNWIND $grants AS grant
  MATCH (target) WHERE ((grant.scope = 'actor' AND target:Actor) OR (grant.scope = 'area' AND target:AdminArea)) AND target.id = grant.targetId
  MERGE (u)-[g:GRANTED {scope: grant.scope}]->(target)
}
RETURN u.id AS id
