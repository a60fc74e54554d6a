// Empty a tie's free-text source once its claims carry the provenance (the demo's planted ties), so the start-up migration does not add a claim from the old text.
MATCH (:Actor)-[t:$any($relationshipTypes)]->(:Actor)
WHERE t.id = $tieId
SET t.source = ''
RETURN count(t) AS cleared
