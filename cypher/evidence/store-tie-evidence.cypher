// Store a tie's evidence at each of the four clearance levels, and on each of its claims whether it is contested at each level.
CALL (){
  MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
  WHERE t.id = $tieId
  SET t.evidenceGrades = $grades, t.evidenceClaims = $claims, t.evidenceSources = $sources, t.evidenceContested = $contested
}
CALL () {
  UNWIND $claimFlags AS flag
  MATCH (claim:Claim {id: flag.id})
  SET claim.contestedAt = flag.contestedAt
}
RETURN 1 AS stored
