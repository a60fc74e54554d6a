// Store the evidence of many actors at once ($rows: actorId and the four per-level lists) and, on each of their claims, whether its attribute is contested at each level ($claimFlags).
CALL () {
  UNWIND $rows AS row
  MATCH (a:Actor {id: row.actorId})
  SET a.evidenceGrades = row.grades, a.evidenceClaims = row.claims, a.evidenceSources = row.sources, a.evidenceContested = row.contested
}
CALL () {
  UNWIND $claimFlags AS flag
  MATCH (claim:Claim {id: flag.id})
  SET claim.contestedAt = flag.contestedAt
}
RETURN 1 AS stored
