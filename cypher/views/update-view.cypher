// Replace the given fields of one saved view (null keeps a field); no row if the view does not exist.
MATCH (v:SavedView {id: $id})
SET v.name = coalesce($name, v.name),
    v.state = coalesce($state, v.state),
    v.positions = coalesce($positions, v.positions),
    v.pinned = coalesce($pinned, v.pinned),
    v.shared = coalesce($shared, v.shared, false),
    v.updatedAt = datetime()
RETURN v { .*, shared: coalesce(v.shared, false) } AS view
