// The account a sign-in names, with its password hash, for checking the password.
MATCH (u:User {username: $username})
RETURN u.id AS id, u.passwordHash AS passwordHash, u.disabled AS disabled
