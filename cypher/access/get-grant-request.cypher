// One grant request, by id, with who created its user's account and who last set its password.
MATCH (r:GrantRequest {id: $id})
OPTIONAL MATCH (u:User {id: r.userId})
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false), openedInAreas: size(r.openedAtRequest),
          createdBy: u.createdBy, passwordSetBy: u.passwordSetBy} AS request
