// How many creates of one user met an already taken chosen id in the last window: the probe limit for chosen ids, shared by every API instance.
MATCH (e:AuditEvent {action: 'id_conflict'})
WHERE e.userId = $userId AND e.at > datetime() - duration({seconds: $windowSeconds})
RETURN count(e) AS conflicts
