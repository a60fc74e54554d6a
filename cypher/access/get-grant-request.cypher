// One grant request, by id.
MATCH (r:GrantRequest {id: $id})
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false)} AS request
