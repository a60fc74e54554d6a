// How many chosen ids of one user met an already taken id in the last window: the probe limit for chosen ids, shared by every API instance. An event counts each id it lists (an import records all its taken ids in one event).
MATCH (e:AuditEvent {action: 'id_conflict'})
WHERE e.userId = $userId AND e.at > datetime() - duration({seconds: $windowSeconds})
RETURN sum(CASE WHEN size(coalesce(e.targetIds, [])) > 0 THEN size(e.targetIds) ELSE 1 END) AS conflicts
