// Every saved view that mentions an actor id (in positions, pins or state): an actor's deletion removes it from them.
MATCH (v:SavedView)
WHERE $actorId IN v.pinned OR v.positions CONTAINS $quotedId OR v.state CONTAINS $quotedId
RETURN v { .*, shared: coalesce(v.shared, false) } AS view
