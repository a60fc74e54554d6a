// The map's version, a token every write transaction that may change the map replaces (server/db/database.ts); null before the first such write or after everything was deleted.
OPTIONAL MATCH (v:MapVersion {id: 'map'})
RETURN v.token AS token
