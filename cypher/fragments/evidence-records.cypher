// How sources and claims are read back by /api/sources and /api/claims: one projection each, so
// list and read answer the same shape. Who may see what is in visibility.cypher. Variable names
// inside are long so they never meet a query's own.

// @fragment sourceFields(SOURCE)
{id: SOURCE.id, title: SOURCE.title, kind: SOURCE.kind, date: SOURCE.date, reliability: coalesce(SOURCE.reliability, 'F'),
 reference: coalesce(SOURCE.reference, ''), sensitivity: coalesce(SOURCE.sensitivity, 'internal'), recordedBy: SOURCE.recordedBy,
 ownObservationOf: SOURCE.ownObservationOf,
 claims: count { MATCH (countedClaim:Claim)-[:FROM_SOURCE]->(SOURCE) WHERE @visibleClaim(countedClaim, SOURCE) },
 createdAt: SOURCE.createdAt, updatedAt: SOURCE.updatedAt}

// @fragment claimFields(CLAIM, SOURCE)
{id: CLAIM.id, sourceId: SOURCE.id, sourceTitle: SOURCE.title, sourceKind: SOURCE.kind, reliability: coalesce(SOURCE.reliability, 'F'),
 tieId: CLAIM.tieId, actorId: CLAIM.actorId, attribute: CLAIM.attribute, exists: CLAIM.exists, strength: CLAIM.strength,
 value: CLAIM.value, credibility: CLAIM.credibility, observedAt: CLAIM.observedAt, note: coalesce(CLAIM.note, ''),
 madeByEdit: coalesce(CLAIM.madeByEdit, false), contested: @claimContested(CLAIM), recordedBy: CLAIM.recordedBy, createdAt: CLAIM.createdAt, updatedAt: CLAIM.updatedAt}
