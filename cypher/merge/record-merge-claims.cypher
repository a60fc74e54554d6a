// Before a merge writes, keep on its record ($mergeId) a copy of every claim about one of the merged actors ($ids) or about one of their ties ($tieIds), with its source's id, so an undo gives each claim its subject back and brings back the claims of ties the merge drops ($droppedTieIds: ties of the kept actor to itself).
MATCH (rec:MergeRecord {id: $mergeId})
CALL (rec) {
  CALL () {
    MATCH (claim:Claim)
    WHERE claim.actorId IN $ids
    RETURN claim
    UNION
    MATCH (claim:Claim)
    WHERE claim.tieId IN $tieIds
    RETURN claim
  }
  MATCH (claim)-[:FROM_SOURCE]->(source:Source)
  CREATE (rec)-[:HAD_CLAIM {claimId: claim.id, sourceId: source.id, dropped: coalesce(claim.tieId IN $droppedTieIds, false)}]->(copy:MergeClaimCopy)
  SET copy = properties(claim)
  RETURN count(copy) AS claims
}
RETURN claims
