// Heartbeat of a running import: the instance running it says it is alive (only while it is not finished).
MATCH (j:ImportJob {id: $id})
WHERE j.status IN ['validating', 'writing']
SET j.updatedAt = datetime()
