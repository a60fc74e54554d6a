// One page of the claims the viewer may see ($access; $relationshipTypes lists every tie type), optionally about one tie, one actor, from one source, or only contested ones (as the viewer sees them), ordered by subject, then observed date (newest first), then id, with the total.
MATCH (claim:Claim)-[:FROM_SOURCE]->(source:Source)
WHERE ($tieId IS NULL OR claim.tieId = $tieId)
  AND ($actorId IS NULL OR claim.actorId = $actorId)
  AND ($sourceId IS NULL OR source.id = $sourceId)
  AND ($contested IS NULL OR @claimContested(claim) = $contested)
  AND @visibleClaim(claim, source)
WITH claim, source
ORDER BY coalesce(claim.tieId, claim.actorId), claim.attribute, claim.observedAt DESC, claim.id
WITH collect(@claimFields(claim, source)) AS matching
RETURN size(matching) AS total, matching[$offset..($offset + $limit)] AS items
