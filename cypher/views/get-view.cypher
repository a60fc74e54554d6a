// One saved view by id, with its state and positions as stored JSON text.
MATCH (v:SavedView {id: $id})
RETURN v { .* } AS view
