// After a merge ($mergeId) has written: keep on its record the fingerprint of the kept actor as the merge left it ($fingerprint: its fields and links), and the content the merge gave each saved view it rewrote, so an undo can tell what changed since.
MATCH (rec:MergeRecord {id: $mergeId})
SET rec.fingerprint = $fingerprint
WITH rec
OPTIONAL MATCH (rec)-[:HAD_VIEW]->(copy:MergeViewCopy)
OPTIONAL MATCH (v:SavedView {id: copy.viewId})
SET copy.stateAfter = v.state, copy.positionsAfter = v.positions, copy.pinnedAfter = v.pinned
RETURN count(copy) AS views
