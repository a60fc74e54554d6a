// Approve a pending grant request: mark it approved by the second administrator, then give the user its clearance, role, password and grants, in the same transaction. An area grant records the confidential or strictly confidential actors in its area now that were there when the request was made (`openedAtRequest`, whose count the approver was shown): those, and no later arrivals, are what the approver opened (grant-requests.ts refuses an approval that would open more). An actor grant records its actor's level now (`maxLevel`): it opens the actor while it is no more sensitive than that (resolve-credential). A new password ends the user's sessions and tokens, and only a flag of it stays on the request. Nothing when it is not pending.
MATCH (r:GrantRequest {id: $id})
SET r.locked = true
WITH r WHERE r.status = 'pending'
MATCH (u:User {id: r.userId})
SET r.status = 'approved', r.approvedBy = $approvedBy, r.approvedAt = datetime()
SET u.role = coalesce(r.role, u.role), u.updatedAt = datetime()
SET u.clearance = coalesce(r.clearance, u.clearance)
SET u.clearance = CASE WHEN u.role = 'administrator' AND u.clearance = 'strictly_confidential' THEN 'confidential' ELSE u.clearance END,
    u.administratorSince = CASE WHEN u.role = 'administrator' THEN coalesce(u.administratorSince, datetime()) END
WITH r, u
CALL (r, u) {
  WITH r, u WHERE r.passwordHash IS NOT NULL
  SET u.passwordHash = r.passwordHash, u.passwordSetBy = r.requestedBy, r.passwordChange = true
  REMOVE r.passwordHash
  WITH u
  OPTIONAL MATCH (s:Session)-[:OF_USER]->(u)
  DETACH DELETE s
}
CALL (r, u) {
  WITH u WHERE r.passwordChange = true
  MATCH (t:ApiToken {revoked: false})-[:OF_USER]->(u)
  SET t.revoked = true, t.revokedAt = datetime()
}
CALL (r, u) {
  UNWIND range(0, size(r.grantScopes) - 1) AS i
  WITH u, r, r.grantScopes[i] AS scope, r.grantTargets[i] AS targetId
  MATCH (target) WHERE ((scope = 'actor' AND target:Actor) OR (scope = 'area' AND target:AdminArea)) AND target.id = targetId
  WITH u, scope, target, CASE WHEN scope = 'area' THEN [actorId IN @confidentialActorIdsIn(target) WHERE actorId IN coalesce(r.openedAtRequest, [])] END AS opened
  MERGE (u)-[g:GRANTED {scope: scope}]->(target)
  SET g.opened = opened, g.maxLevel = CASE WHEN scope = 'actor' THEN coalesce(target.sensitivity, 'internal') END
}
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: coalesce(r.passwordChange, false), openedInAreas: size(r.openedAtRequest),
          createdBy: u.createdBy, passwordSetBy: u.passwordSetBy} AS request
