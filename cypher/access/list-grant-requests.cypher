// Grant requests, pending ones first, newest first within each, with who created each user's account and who last set its password (what the approver checks), and how many confidential actors the requested areas held when asked.
MATCH (r:GrantRequest)
OPTIONAL MATCH (u:User {id: r.userId})
RETURN r {.id, .userId, .requestedBy, .clearance, .role, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt,
          passwordChange: r.passwordHash IS NOT NULL OR coalesce(r.passwordChange, false), openedInAreas: size(r.openedAtRequest),
          createdBy: u.createdBy, passwordSetBy: u.passwordSetBy} AS request
ORDER BY CASE r.status WHEN 'pending' THEN 0 ELSE 1 END, r.createdAt DESC
LIMIT 500
