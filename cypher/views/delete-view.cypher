// Delete one saved view; returns how many were deleted (0 or 1).
MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS deleted
