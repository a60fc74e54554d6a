// Start undoing a merge ($mergeId): lock its record and the kept actor (so a concurrent undo or edit waits), and read who merged, the ids and the fingerprint; no row when there is no such record (never made, or already undone).
MATCH (rec:MergeRecord {id: $mergeId})
SET rec.locked = true
WITH rec
OPTIONAL MATCH (kept:Actor {id: rec.keptId})
SET kept.updatedAt = kept.updatedAt
RETURN rec {.id, .keptId, .duplicateIds, .mergedBy, .fingerprint} AS merge
