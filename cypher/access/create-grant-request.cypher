// Record a pending request for access that opens confidential records, the administrator role or a new password (its hash only): clearance, role, password hash and grants (as parallel lists of scopes and target ids), to take effect when a second administrator approves. The confidential or strictly confidential actors in the requested areas now are recorded too (`openedAtRequest`): the approver is shown their count, and the approval opens none beyond them. Returns who created the user's account and who last set its password.
MATCH (u:User {id: $userId})
WITH u, [i IN range(0, size($grantScopes) - 1) WHERE $grantScopes[i] = 'area' | $grantTargets[i]] AS areaIds
WITH u, COLLECT { MATCH (area:AdminArea) WHERE area.id IN areaIds UNWIND @confidentialActorIdsIn(area) AS actorId RETURN DISTINCT actorId } AS openedAtRequest
CREATE (r:GrantRequest {id: $id, userId: u.id, requestedBy: $requestedBy, clearance: $clearance, role: $role, passwordHash: $passwordHash,
                        grantScopes: $grantScopes, grantTargets: $grantTargets, openedAtRequest: openedAtRequest, status: 'pending', createdAt: datetime()})
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false), openedInAreas: size(r.openedAtRequest),
          createdBy: u.createdBy, passwordSetBy: u.passwordSetBy} AS request
