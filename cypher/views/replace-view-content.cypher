// Replace a saved view's positions, pins and state (after an actor it mentioned was deleted).
MATCH (v:SavedView {id: $id})
SET v.state = $state, v.positions = $positions, v.pinned = $pinned
