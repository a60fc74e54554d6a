// Create a user account. A duplicate username or id violates a constraint.
CREATE (u:User)
SET u = $properties, u.createdAt = datetime(), u.updatedAt = datetime()
RETURN u.id AS id
