// Create one saved view of the map, owned by $userId and private unless $shared; its state and node positions are stored as JSON text. A duplicate id violates the saved_view_id constraint.
CREATE (v:SavedView {id: $id, name: $name, state: $state, positions: $positions, pinned: $pinned, shared: $shared, userId: $userId})
SET v.createdAt = datetime(), v.updatedAt = datetime()
RETURN v { .*, shared: coalesce(v.shared, false) } AS view
