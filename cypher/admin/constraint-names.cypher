// The names of the constraints that exist, so start-up creates only missing ones.
SHOW CONSTRAINTS YIELD name
RETURN collect(name) AS names
