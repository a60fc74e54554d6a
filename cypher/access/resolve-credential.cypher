// The enabled user behind a live session or an unrevoked, unexpired API token (by token hash), with role, clearance, grants and the confidential actors their area grants opened when given (none for a grant that recorded none), the credential's scope, and when it expires (epoch ms). An actor grant counts only while its actor is no more sensitive than the level the grant was given for (`maxLevel`: public or internal by one administrator, higher only through an approved grant request): raising a granted actor suspends the grant instead of opening the raised actor and its ties.
CALL {
  MATCH (s:Session {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WHERE s.expiresAt > datetime()
  RETURN u, 'session' AS via, 'read-write' AS scope, s.expiresAt.epochMillis AS expiresAtMs
  UNION
  MATCH (t:ApiToken {tokenHash: $tokenHash})-[:OF_USER]->(u:User)
  WITH t, u, coalesce(t.expiresAt, t.createdAt + duration({days: 90})) AS expiresAt
  WHERE t.revoked = false AND expiresAt > datetime()
  RETURN u, 'token' AS via, coalesce(t.scope, 'read-write') AS scope, expiresAt.epochMillis AS expiresAtMs
}
WITH u, via, scope, expiresAtMs WHERE coalesce(u.disabled, false) = false
RETURN u {.id, .role, .clearance,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target)
                            WITH g, target, {sensitivity: g.maxLevel} AS approvedFor
                            WHERE g.scope = 'area' OR @sensitivityRank(target) <= @sensitivityRank(approvedFor)
                            RETURN {scope: g.scope, targetId: target.id} },
          actorIdsOpenedByAreas: COLLECT { MATCH (u)-[g:GRANTED {scope: 'area'}]->(:AdminArea) UNWIND coalesce(g.opened, []) AS id RETURN DISTINCT id }} AS user, via, scope, expiresAtMs
LIMIT 1
