// Who approves a grant request, who asked and whom it is for: their roles, who created each account and who last set its password, and whether the approver was an administrator before the request was made. Read in the approval's transaction.
MATCH (q:GrantRequest {id: $id})
MATCH (v:User {id: $approverId})
OPTIONAL MATCH (r:User {id: q.requestedBy})
OPTIONAL MATCH (t:User {id: q.userId})
RETURN v {.id, .role, .createdBy, .passwordSetBy, disabled: coalesce(v.disabled, false)} AS approver,
       r {.id, .role, .createdBy, .passwordSetBy, disabled: coalesce(r.disabled, false)} AS requester,
       t {.id, .role, .createdBy, .passwordSetBy, disabled: coalesce(t.disabled, false)} AS user,
       coalesce(v.administratorSince, v.createdAt) < q.createdAt AS approverPreExisting
