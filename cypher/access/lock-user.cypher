// Take a user's write lock for a change, and return them as they are (without the password hash) with their grants: account-policy checks the change against this, in the change's own transaction, so nothing approved or raised in between is missed.
MATCH (u:User {id: $id})
SET u.locked = true
RETURN u {.id, .username, .displayName, .role, .clearance, .disabled, .createdAt, .language,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target) RETURN {scope: g.scope, targetId: target.id} ORDER BY g.scope, target.id }} AS user
