// The saved views $userId may see (their own and shared ones): id, name, sharing and dates (not the heavy state), newest change first.
MATCH (v:SavedView)
WHERE v.userId = $userId OR coalesce(v.shared, false)
RETURN v { .id, .name, shared: coalesce(v.shared, false), .createdAt, .updatedAt } AS view
ORDER BY v.updatedAt DESC, v.id
