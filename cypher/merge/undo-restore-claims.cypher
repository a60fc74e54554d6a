// Undo a merge ($mergeId), after its actors and links are back: each claim the merge moved is about what it was about before (its copy's tieId and actorId; its ABOUT link came back with the links), and each claim deleted with a tie the merge dropped is created again from its copy while its source exists. Returns the ties and actors those claims are about, whose grades must be computed again (only those: a merge without claims leaves no grade behind).
MATCH (rec:MergeRecord {id: $mergeId})
OPTIONAL MATCH (rec)-[h:HAD_CLAIM]->(copy:MergeClaimCopy)
OPTIONAL MATCH (claim:Claim {id: h.claimId})
CALL (h, copy, claim) {
  WITH * WHERE claim IS NOT NULL
  SET claim.tieId = copy.tieId, claim.actorId = copy.actorId
}
CALL (h, copy, claim) {
  WITH * WHERE claim IS NULL AND h.dropped
  MATCH (source:Source {id: h.sourceId})
  CREATE (restored:Claim)-[:FROM_SOURCE]->(source)
  SET restored = properties(copy)
}
RETURN collect(DISTINCT copy.tieId) AS tieIds, collect(DISTINCT copy.actorId) AS actorIds
