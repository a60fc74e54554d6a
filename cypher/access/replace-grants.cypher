// Replace a user's grants: each opens one actor or one admin area to them. Grants the user keeps keep what they opened when given; a new area grant opens the confidential or strictly confidential actors in its area now only when $openConfidential (the server itself: seed, tests, CLI), never when an administrator gives it alone (account-policy.ts has checked it opens none; later arrivals never count). A new actor grant records the level it opens its actor at (`maxLevel`, see resolve-credential): the actor's level now, but never above internal when an administrator gives it alone, so a raise between account-policy's check and this write opens nothing confidential either.
MATCH (u:User {id: $id})
CALL (u) {
  MATCH (u)-[old:GRANTED]->(target)
  WHERE NOT any(grant IN $grants WHERE grant.scope = old.scope AND grant.targetId = target.id)
  DELETE old
}
WITH u
CALL (u) {
  UNWIND $grants AS grant
  MATCH (target) WHERE ((grant.scope = 'actor' AND target:Actor) OR (grant.scope = 'area' AND target:AdminArea)) AND target.id = grant.targetId
  WITH u, grant, target, CASE WHEN grant.scope = 'area' AND $openConfidential THEN @confidentialActorIdsIn(target) ELSE [] END AS opened
  MERGE (u)-[g:GRANTED {scope: grant.scope}]->(target)
  ON CREATE SET g.opened = CASE WHEN grant.scope = 'area' THEN opened END,
                g.maxLevel = CASE WHEN grant.scope = 'actor' THEN
                               CASE WHEN $openConfidential OR @sensitivityRank(target) <= 1 THEN coalesce(target.sensitivity, 'internal') ELSE 'internal' END
                             END
}
RETURN u.id AS id
