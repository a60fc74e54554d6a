// How many grants name a duplicate of a merge ($duplicateIds) that is less sensitive than the kept actor ($keptId): moving them would open a more sensitive record than their approvers opened, so such a merge is refused.
MATCH (kept:Actor {id: $keptId})
MATCH (:User)-[g:GRANTED]->(d:Actor)
WHERE d.id IN $duplicateIds AND @sensitivityRank(d) < @sensitivityRank(kept)
RETURN count(g) AS widening
