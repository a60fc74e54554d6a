// Failed sign-ins naming one subject (a hashed username or client address) in the last window: the sign-in rate limit, shared by every API instance.
MATCH (e:AuditEvent {action: 'sign_in_failed'})
WHERE e.at > datetime() - duration({seconds: $windowSeconds}) AND $subject IN e.subjects
RETURN count(e) AS failures
