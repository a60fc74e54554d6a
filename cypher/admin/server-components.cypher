// The Neo4j version and edition the API actually reaches, for /api/health.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
