// Undoing an import, the check of what it changed in claims and sources that were there before (the ImportPrior it left): each claim or source written again since (its updatedAt after the import's write), with whether the caller may see it ($access; $relationshipTypes lists every tie type): only those ids are named.
MATCH (prior:ImportPrior {importId: $importId})
OPTIONAL MATCH (claim:Claim {id: prior.recordId})-[:FROM_SOURCE]->(claimSource:Source)
  WHERE prior.kind = 'claim'
OPTIONAL MATCH (source:Source {id: prior.recordId})
  WHERE prior.kind = 'source'
WITH prior, claim, claimSource, source
WHERE (claim IS NOT NULL AND claim.updatedAt > prior.writtenAt) OR (source IS NOT NULL AND source.updatedAt > prior.writtenAt)
RETURN prior.recordId AS id,
       CASE WHEN claim IS NOT NULL THEN @visibleClaim(claim, claimSource) ELSE @visibleSource(source) END AS visible
ORDER BY id
