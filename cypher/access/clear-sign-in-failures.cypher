// A correct password clears the failures counted against the username (not those of the client address), so the real user's next sign-in is not slowed.
MATCH (t:SignInThrottle {subject: $subject})
SET t.failures = 0
