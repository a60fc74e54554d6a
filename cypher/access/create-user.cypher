// Create a user account, recording who created it and who set its password (null: the server itself), and since when it is an administrator. A duplicate username or id violates a constraint.
CREATE (u:User)
SET u = $properties, u.createdAt = datetime(), u.updatedAt = datetime(),
    u.administratorSince = CASE WHEN u.role = 'administrator' THEN datetime() END
RETURN u.id AS id
