// Take a started sign-on by its hashed state, once. The write lock is taken before anything is read:
// MATCH reads what was committed, so two answers arriving together would otherwise both read the
// verifier (and the provider, seeing its code used twice, revokes both). The first taker empties
// the attempt and marks it expired; a second finds no verifier and gets no row. Emptied attempts
// go with the expired ones when the next sign-on starts.
MATCH (a:SignOnAttempt {stateHash: $stateHash})
SET a.takeLock = true
WITH a, a.codeVerifier AS codeVerifier, a.nonce AS nonce, a.expiresAt >= datetime() AS current
SET a.codeVerifier = null, a.nonce = null, a.expiresAt = datetime() - duration({seconds: 1})
REMOVE a.takeLock
WITH codeVerifier, nonce, current
WHERE codeVerifier IS NOT NULL
RETURN codeVerifier, nonce, current
