// Record a pending request for access that opens confidential records: a clearance and/or grants (as parallel lists of scopes and target ids), to take effect when a second administrator approves.
MATCH (u:User {id: $userId})
CREATE (r:GrantRequest {id: $id, userId: u.id, requestedBy: $requestedBy, clearance: $clearance,
                        grantScopes: $grantScopes, grantTargets: $grantTargets, status: 'pending', createdAt: datetime()})
RETURN r {.id, .userId, .requestedBy, .clearance, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt} AS request
