// Grant requests, pending ones first, newest first within each.
MATCH (r:GrantRequest)
RETURN r {.id, .userId, .requestedBy, .clearance, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt} AS request
ORDER BY CASE r.status WHEN 'pending' THEN 0 ELSE 1 END, r.createdAt DESC
LIMIT 500
