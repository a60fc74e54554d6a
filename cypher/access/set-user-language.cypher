// Remember one user's interface language ($language: en, fr or ar); no row when the user is unknown.
MATCH (u:User {id: $id})
SET u.language = $language
RETURN u.id AS id
