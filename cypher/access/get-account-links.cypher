// Who created a user's account and who last set its password (null: the server itself): a requester who did either, while the owner has not set their own password since, may not ask for more access for it (approval-rule.ts). Read in the request's transaction.
MATCH (u:User {id: $userId})
RETURN u {.id, .role, .createdBy, .passwordSetBy, disabled: coalesce(u.disabled, false)} AS user
