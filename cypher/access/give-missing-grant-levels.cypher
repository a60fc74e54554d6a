// Give every actor grant written before grants recorded the level they were given for (databases kept from an earlier version) its actor's level now, so it keeps opening what it opens today and no more after a later raise; run at start-up, does nothing once every actor grant has one.
MATCH (:User)-[g:GRANTED {scope: 'actor'}]->(a:Actor)
WHERE g.maxLevel IS NULL
SET g.maxLevel = coalesce(a.sensitivity, 'internal')
RETURN count(g) AS given
