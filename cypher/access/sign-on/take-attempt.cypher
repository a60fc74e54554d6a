// Take a started sign-on by its hashed state, once: it is deleted as it is read, so a replayed answer finds nothing.
MATCH (a:SignOnAttempt {stateHash: $stateHash})
WITH a, a.codeVerifier AS codeVerifier, a.nonce AS nonce, a.expiresAt >= datetime() AS current
DELETE a
RETURN codeVerifier, nonce, current
