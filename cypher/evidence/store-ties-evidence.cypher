// Store the evidence of many ties at once ($rows: tieId, the ends tieStartId and tieEndId, and the four per-level lists) and the contested flags of their claims ($claimFlags). Each tie found from its indexed ends, then by id between them: one set-based write per batch, never a scan of every relationship per tie ($relationshipTypes lists every tie type).
CALL () {
  UNWIND $rows AS row
  MATCH (:Actor {id: row.tieStartId})-[t:$any($relationshipTypes)]->(:Actor {id: row.tieEndId})
  WHERE t.id = row.tieId
  SET t.evidenceGrades = row.grades, t.evidenceClaims = row.claims, t.evidenceSources = row.sources, t.evidenceContested = row.contested
}
CALL () {
  UNWIND $claimFlags AS flag
  MATCH (claim:Claim {id: flag.id})
  SET claim.contestedAt = flag.contestedAt
}
RETURN 1 AS stored
