// Undoing an import, its claims (issue 15), before the removal: the claims and sources it changed get their earlier values back (ImportPrior, then deleted; one gone since is left gone); returns the ties whose claims it created or restored and the sources whose reliability it restored, to regrade once the removal is done.
CALL () {
  MATCH (prior:ImportPrior {importId: $importId, kind: 'claim'})
  OPTIONAL MATCH (claim:Claim {id: prior.recordId})
  SET claim.credibility = prior.credibility, claim.observedAt = prior.observedAt, claim.updatedAt = datetime()
  WITH prior, claim
  DETACH DELETE prior
  RETURN collect(claim.tieId) AS restoredTieIds
}
CALL () {
  MATCH (prior:ImportPrior {importId: $importId, kind: 'source'})
  OPTIONAL MATCH (source:Source {id: prior.recordId})
  SET source.reliability = prior.reliability, source.updatedAt = datetime()
  WITH prior, source
  DETACH DELETE prior
  RETURN collect(source.id) AS sourceIds
}
CALL () {
  MATCH (claim:Claim {createdByImport: $importId})
  RETURN collect(claim.tieId) AS createdTieIds
}
RETURN restoredTieIds + createdTieIds AS tieIds, sourceIds
