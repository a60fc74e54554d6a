// How many of the caller's own saved views ($userId) mention one of the duplicates of a merge ($duplicateIds; $quotedIds the same ids as JSON strings), for the preview and the answer: other users' private views are not counted (their existence is theirs).
MATCH (v:SavedView)
WHERE v.userId = $userId
  AND any(i IN range(0, size($duplicateIds) - 1)
          WHERE $duplicateIds[i] IN coalesce(v.pinned, []) OR v.positions CONTAINS $quotedIds[i] OR v.state CONTAINS $quotedIds[i])
RETURN count(v) AS views
