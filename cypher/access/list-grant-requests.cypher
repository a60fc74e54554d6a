// Grant requests, pending ones first, newest first within each.
MATCH (r:GrantRequest)
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false)} AS request
ORDER BY CASE r.status WHEN 'pending' THEN 0 ELSE 1 END, r.createdAt DESC
LIMIT 500
