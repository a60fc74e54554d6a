// Sign-on with an OpenID Connect provider: one account per provider subject, one started sign-on per state. IF NOT EXISTS makes the file idempotent.
CREATE CONSTRAINT user_sign_on_subject IF NOT EXISTS FOR (n:User) REQUIRE (n.signOnIssuer, n.signOnSubject) IS UNIQUE;
CREATE CONSTRAINT sign_on_attempt_state IF NOT EXISTS FOR (n:SignOnAttempt) REQUIRE n.stateHash IS UNIQUE;
