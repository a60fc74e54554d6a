// Remember a started sign-on (the hashed state, its PKCE verifier and nonce) for ten minutes, and forget expired ones.
OPTIONAL MATCH (old:SignOnAttempt) WHERE old.expiresAt < datetime()
WITH collect(old)[..100] AS expired
FOREACH (old IN expired | DELETE old)
CREATE (a:SignOnAttempt {stateHash: $stateHash, codeVerifier: $codeVerifier, nonce: $nonce, expiresAt: datetime() + duration({minutes: 10})})
RETURN a.stateHash AS stateHash
