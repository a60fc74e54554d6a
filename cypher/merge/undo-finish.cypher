// Undo a merge ($mergeId), last step: earlier tombstones this merge redirected point where they did, saved views it rewrote and nobody changed since get their content back, and the record with its copies is removed (a merge is undone once).
MATCH (rec:MergeRecord {id: $mergeId})
CALL (rec) {
  MATCH (earlier:MergedActor {redirectedByMerge: rec.id})
  SET earlier.mergedInto = earlier.previousMergedInto
  REMOVE earlier.previousMergedInto, earlier.redirectedByMerge
  RETURN count(earlier) AS tombs
}
CALL (rec) {
  MATCH (rec)-[:HAD_VIEW]->(copy:MergeViewCopy)
  MATCH (v:SavedView {id: copy.viewId})
  WHERE v.state = copy.stateAfter AND v.positions = copy.positionsAfter AND v.pinned = copy.pinnedAfter
  SET v.state = copy.state, v.positions = copy.positions, v.pinned = copy.pinned
  RETURN count(v) AS views
}
CALL (rec) {
  MATCH (rec)-->(copy)
  DETACH DELETE copy
}
DETACH DELETE rec
RETURN tombs, views
