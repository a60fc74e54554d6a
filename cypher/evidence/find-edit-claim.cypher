// The claim an earlier edit recorded (with what it states now: an undo of this edit gives it back) from source $sourceId about the same tie ($tieId) or the same attribute of the same actor ($actorId, $attribute), if any, whoever may see it: an edit restating a source's view updates that claim instead of adding one that disagrees with it.
MATCH (claim:Claim)-[:FROM_SOURCE]->(:Source {id: $sourceId})
WHERE claim.madeByEdit = true
  AND coalesce(claim.tieId, '') = coalesce($tieId, '')
  AND coalesce(claim.actorId, '') = coalesce($actorId, '')
  AND coalesce(claim.attribute, '') = coalesce($attribute, '')
RETURN claim.id AS id,
       claim {.exists, .strength, .value, .credibility} AS before
LIMIT 1
