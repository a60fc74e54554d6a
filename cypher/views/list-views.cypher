// Every saved view's id, name and dates (not the heavy state), newest change first.
MATCH (v:SavedView)
RETURN v { .id, .name, .createdAt, .updatedAt } AS view
ORDER BY v.updatedAt DESC, v.id
