// Approve a pending grant request: mark it approved by the second administrator, then give the user its clearance and add its grants, in the same transaction. Nothing when it is not pending.
MATCH (r:GrantRequest {id: $id})
SET r.locked = true
WITH r WHERE r.status = 'pending'
MATCH (u:User {id: r.userId})
SET r.status = 'approved', r.approvedBy = $approvedBy, r.approvedAt = datetime()
SET u.clearance = coalesce(r.clearance, u.clearance), u.updatedAt = datetime()
WITH r, u
CALL (r, u) {
  UNWIND range(0, size(r.grantScopes) - 1) AS i
  WITH u, r.grantScopes[i] AS scope, r.grantTargets[i] AS targetId
  MATCH (target) WHERE ((scope = 'actor' AND target:Actor) OR (scope = 'area' AND target:AdminArea)) AND target.id = targetId
  MERGE (u)-[:GRANTED {scope: scope}]->(target)
}
RETURN r {.id, .userId, .requestedBy, .clearance, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt} AS request
