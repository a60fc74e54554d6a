// A user's password hash, by id, for checking the current password before a change.
MATCH (u:User {id: $id})
RETURN u.passwordHash AS passwordHash
