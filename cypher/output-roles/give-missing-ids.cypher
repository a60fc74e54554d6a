// Give an id to every lead or support role written before roles had ids (databases kept from an earlier version); run at start-up, does nothing once every role has one.
MATCH (:Actor)-[r:LEADS|SUPPORTS]->(:Output)
WHERE r.id IS NULL
SET r.id = randomUUID()
RETURN count(r) AS given
