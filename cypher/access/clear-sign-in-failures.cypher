// A correct password clears the failures counted against its username and its client address, so neither the real user's next sign-in nor their colleagues' behind the same address is slowed.
UNWIND $subjects AS subject
MATCH (t:SignInThrottle {subject: subject})
SET t.failures = 0
