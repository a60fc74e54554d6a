// Count a sign-in attempt against each subject (a hashed username or client address) before its password is checked, and return the failures counted before it; failures older than the window are forgotten. The first SET takes the throttle's write lock before its count is read, so parallel attempts are counted one after another, never all from the same old count.
UNWIND $subjects AS subject
MERGE (t:SignInThrottle {subject: subject})
ON CREATE SET t.failures = 0, t.lastAttemptAt = datetime()
SET t.locked = true
WITH t, CASE WHEN t.lastAttemptAt < datetime() - duration({seconds: $windowSeconds}) THEN 0 ELSE t.failures END AS before
SET t.failures = before + 1, t.lastAttemptAt = datetime()
RETURN t.subject AS subject, before
