// Record a pending request for access that opens confidential records, the administrator role or a new password (its hash only): clearance, role, password hash and grants (as parallel lists of scopes and target ids), to take effect when a second administrator approves.
MATCH (u:User {id: $userId})
CREATE (r:GrantRequest {id: $id, userId: u.id, requestedBy: $requestedBy, clearance: $clearance, role: $role, passwordHash: $passwordHash,
                        grantScopes: $grantScopes, grantTargets: $grantTargets, status: 'pending', createdAt: datetime()})
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false)} AS request
