// Every user (without password hashes) with their grants, by username.
MATCH (u:User)
RETURN u {.id, .username, .displayName, .role, .clearance, .disabled, .createdAt, .language,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target) RETURN {scope: g.scope, targetId: target.id} ORDER BY g.scope, target.id }} AS user
ORDER BY u.username
