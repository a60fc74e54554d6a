// One user (without the password hash) with their grants.
MATCH (u:User {id: $id})
RETURN u {.id, .username, .displayName, .role, .clearance, .disabled, .createdAt, .language,
          grants: COLLECT { MATCH (u)-[g:GRANTED]->(target) RETURN {scope: g.scope, targetId: target.id} ORDER BY g.scope, target.id }} AS user
