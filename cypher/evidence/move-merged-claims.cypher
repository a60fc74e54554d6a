// A merge's claims follow their subjects (run after the merge moved the duplicates' links, before it removes them): claims about a duplicate ($duplicateIds) become claims about the kept actor ($keptId), claims about a tie combined into another ($combined rows: from, to) about the tie kept, and claims about a tie dropped as a tie of the kept actor to itself ($droppedTieIds) are deleted with it. Returns the ids of the claims deleted, so their versions close.
CALL () {
  MATCH (kept:Actor {id: $keptId})
  MATCH (claim:Claim)
  WHERE claim.actorId IN $duplicateIds
  SET claim.actorId = $keptId
  MERGE (claim)-[:ABOUT]->(kept)
  RETURN count(claim) AS movedToActor
}
CALL () {
  UNWIND $combined AS row
  MATCH (claim:Claim {tieId: row.from})
  SET claim.tieId = row.to
  RETURN count(claim) AS movedToTie
}
CALL () {
  OPTIONAL MATCH (claim:Claim)
  WHERE claim.tieId IN $droppedTieIds
  WITH collect(claim) AS claims
  WITH claims, [claim IN claims | claim.id] AS claimIds
  FOREACH (claim IN claims | DETACH DELETE claim)
  RETURN claimIds
}
RETURN movedToActor, movedToTie, claimIds
