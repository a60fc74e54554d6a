// Bench only: a generated map's claims in bulk ($claims: id, sourceId, actorId, properties), written as create-claim writes one (FROM_SOURCE, and ABOUT its actor); the grades are then stored by the product's regrade.
UNWIND $claims AS row
MATCH (source:Source {id: row.sourceId})
CREATE (claim:Claim {id: row.id})-[:FROM_SOURCE]->(source)
SET claim += row.properties, claim.recordedBy = 'bench', claim.createdAt = datetime(), claim.updatedAt = datetime()
WITH claim, row
CALL (claim, row) {
  MATCH (a:Actor {id: row.actorId})
  MERGE (claim)-[:ABOUT]->(a)
}
RETURN count(claim) AS written
