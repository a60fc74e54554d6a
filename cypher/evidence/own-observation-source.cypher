// The source that stands for one user's own observations ($userId; $id derived from it), created on their first edit and reused after: kind observation, reliability C (a colleague known to the mission, not independently checked: it never counts toward corroboration), internal (it names a member of staff); its title follows the user's display name.
MATCH (u:User {id: $userId})
MERGE (source:Source {id: $id})
  ON CREATE SET source.kind = 'observation', source.reliability = 'C', source.reference = '', source.sensitivity = 'internal',
                source.ownObservationOf = $userId, source.recordedBy = $userId, source.createdAt = datetime(), source.updatedAt = datetime()
SET source.title = coalesce(u.displayName, u.username, $userId)
RETURN source.id AS id
