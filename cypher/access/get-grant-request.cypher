// One grant request, by id.
MATCH (r:GrantRequest {id: $id})
RETURN r {.id, .userId, .requestedBy, .clearance, .grantScopes, .grantTargets, .status, .createdAt, .approvedBy, .approvedAt} AS request
