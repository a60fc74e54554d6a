// The names of the indexes that exist (a uniqueness constraint's backing index has its name), so start-up creates only missing ones.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
