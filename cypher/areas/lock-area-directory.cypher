// Serialise writes to admin areas: every area write takes this one node's write lock first, so two writes cannot both find a p-code free, or both find a parent unchanged.
MERGE (lock:AdminAreaWriteLock {id: 'areas'})
SET lock.lockedAt = datetime()
RETURN lock.id AS id
