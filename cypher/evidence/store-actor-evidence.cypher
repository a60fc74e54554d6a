// Store an actor's evidence at each of the four clearance levels, and on each of its claims whether its attribute is contested at each level.
CALL () {
  MATCH (a:Actor {id: $actorId})
  SET a.evidenceGrades = $grades, a.evidenceClaims = $claims, a.evidenceSources = $sources, a.evidenceContested = $contested
}
CALL () {
  UNWIND $claimFlags AS flag
  MATCH (claim:Claim {id: flag.id})
  SET claim.contestedAt = flag.contestedAt
}
RETURN 1 AS stored
