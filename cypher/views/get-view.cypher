// One saved view by id, with its state and positions as stored JSON text, if $userId owns it or it is shared (a view saved before sharing existed is private).
MATCH (v:SavedView {id: $id})
WHERE v.userId = $userId OR coalesce(v.shared, false)
RETURN v { .*, shared: coalesce(v.shared, false) } AS view
