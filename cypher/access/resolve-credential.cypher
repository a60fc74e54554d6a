// The enabled user behind a live session or an unrevoked API token (by token hash), with role, clearance and grants, and when a session expires (epoch ms; null for a token).
CALL {
  MATCH (s:Session {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WHERE s.expiresAt > datetime()
  RETURN u, 'session' AS via, s.expiresAt.epochMillis AS expiresAtMs
  UNION
  MATCH (t:ApiToken {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WHERE t.revoked = false
  RETURN u, 'token' AS via, null AS expiresAtMs
}
WITH u, via, expiresAtMs WHERE coalesce(u.disabled, false) = false
RETURN u {.id, .role, .clearance,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target) RETURN {scope: g.scope, targetId: target.id} }} AS user, via, expiresAtMs
LIMIT 1
