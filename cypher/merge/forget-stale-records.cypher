// Remove the undo records of merges $hours old or more, with their copies: a merge is undoable in the session that made it, and copies of merged records must not outlive it. (A record whose kept actor was merged again stays: undoing the later merge first brings it back.)
MATCH (rec:MergeRecord)
WHERE rec.mergedAt < datetime() - duration({hours: $hours})
CALL (rec) {
  MATCH (rec)-->(copy)
  DETACH DELETE copy
}
DETACH DELETE rec
RETURN count(*) AS forgotten
