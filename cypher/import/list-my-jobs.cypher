// The caller's own recent import jobs (never anyone else's), newest first, within the days reports are kept: what the import dialog lists to reopen a report or undo an import.
MATCH (j:ImportJob {userId: $userId})
WHERE j.startedAt > datetime() - duration({days: $keepDays})
RETURN j.id AS id, j.fileName AS fileName, j.status AS status, toString(j.startedAt) AS startedAt,
       toString(j.undoneAt) AS undoneAt, j.report AS report
ORDER BY j.startedAt DESC
LIMIT $limit
