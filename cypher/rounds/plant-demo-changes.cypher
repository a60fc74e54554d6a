// The demo's changes between its two mapping rounds (server/rounds/demo-rounds.ts), planted on records chosen by rule so the demo's ids may change: a youth group not tied to any party to the conflict becomes affiliated with an armed group; a women's group whose stance was not negative turns against the peace process; a government actor becomes a divider. Returns the ids chosen.
MATCH (youth:Actor {kind: 'civil_society', subtype: 'youth_group'})
WHERE NOT EXISTS { (youth)--(:Actor {kind: 'conflict_party'}) }
WITH youth ORDER BY youth.id LIMIT 1
MATCH (party:Actor {kind: 'conflict_party', subtype: 'armed_group'})
WITH youth, party ORDER BY party.id LIMIT 1
MERGE (youth)-[tie:AFFILIATED_WITH {id: $tieId}]->(party)
ON CREATE SET tie.directed = true, tie.strength = 2, tie.confidence = 'reported', tie.source = 'Field office, Eastern Marches',
              tie.description = 'Members recruited by the armed group since the spring, reported by two sources',
              tie.sensitivity = 'internal', tie.fictional = true, tie.createdAt = datetime(), tie.updatedAt = datetime()
WITH youth, party
MATCH (women:Actor {kind: 'civil_society', subtype: 'womens_group'})
WHERE coalesce(women.stance, 0) >= 0
WITH youth, party, women ORDER BY women.id LIMIT 1
SET women.stance = -2, women.updatedAt = datetime()
WITH youth, party, women
MATCH (government:Actor {kind: 'government'})
WHERE coalesce(government.doNoHarmRole, 'unknown') <> 'divider'
WITH youth, party, women, government ORDER BY government.id LIMIT 1
SET government.doNoHarmRole = 'divider', government.updatedAt = datetime()
RETURN youth.id AS youthId, party.id AS partyId, women.id AS womenId, government.id AS governmentId
