// Gives the map a new version token, in the transaction of a write that may change the map, so that an ETag or cache entry of /api/graph made before the write never matches after it. A random token rather than a counter: a counter restarted after the node is deleted would repeat versions already handed out.
MERGE (v:MapVersion {id: 'map'})
SET v.token = randomUUID()
