// Whether an account may sign in with a password while local passwords are off: only an administrator the server operator made (no creator, not linked to the provider).
MATCH (u:User {id: $id})
RETURN u.role = 'administrator' AND u.createdBy IS NULL AND u.signOnSubject IS NULL AS allowed
