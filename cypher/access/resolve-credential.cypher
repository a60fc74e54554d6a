// The enabled user behind a live session or an unrevoked API token (by token hash), with role, clearance and grants.
CALL {
  MATCH (s:Session {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WHERE s.expiresAt > datetime()
  RETURN u, 'session' AS via
  UNION
  MATCH (t:ApiToken {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WHERE t.revoked = false
  RETURN u, 'token' AS via
}
WITH u, via WHERE coalesce(u.disabled, false) = false
RETURN u {.id, .role, .clearance,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target) RETURN {scope: g.scope, targetId: target.id} }} AS user, via
LIMIT 1
