// Store the evidence of many ties at once ($rows: tieId and the four per-level lists) and the contested flags of their claims ($claimFlags).
CALL () {
  UNWIND $rows AS row
  MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
  WHERE t.id = row.tieId
  SET t.evidenceGrades = row.grades, t.evidenceClaims = row.claims, t.evidenceSources = row.sources, t.evidenceContested = row.contested
}
CALL () {
  UNWIND $claimFlags AS flag
  MATCH (claim:Claim {id: flag.id})
  SET claim.contestedAt = flag.contestedAt
}
RETURN 1 AS stored
