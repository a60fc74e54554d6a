// The newest audit events, optionally of one action or one user.
MATCH (e:AuditEvent)
WHERE ($action IS NULL OR e.action = $action) AND ($userId IS NULL OR e.userId = $userId)
RETURN e {.id, .at, .userId, .action, .targetType, .targetIds, .detail} AS event
ORDER BY e.at DESC
LIMIT $limit
