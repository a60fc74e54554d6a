// The account linked to a provider's subject (issuer and subject together name one person), read from the leader.
MATCH (u:User {signOnIssuer: $issuer, signOnSubject: $subject})
RETURN u.id AS id, u.disabled AS disabled
