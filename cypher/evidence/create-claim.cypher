// Create a claim from a source about a tie (by id) or an actor (linked by ABOUT); run only when its id is free and the caller has checked source and subject.
MATCH (source:Source {id: $sourceId})
CREATE (claim:Claim {id: $id})-[:FROM_SOURCE]->(source)
SET claim += $properties, claim.recordedBy = $userId, claim.writeToken = $writeToken, claim.createdAt = datetime(), claim.updatedAt = datetime()
WITH claim
CALL (claim) {
  MATCH (a:Actor {id: $actorId})
  MERGE (claim)-[:ABOUT]->(a)
}
RETURN claim.id AS id
