// Actors the viewer may see ($access) whose name, acronym or an alias folds to one of $keys, folding as the import's duplicate suggestions do (accents dropped, lower case, letters and digits only), for the warning before an actor of the same name is created; $exceptId is the id the create writes (a retry finds its own actor, not a duplicate).
MATCH (a:Actor)
WHERE a.id <> $exceptId
  AND @visibleActor(a)
  AND any(value IN [a.name, a.acronym] + coalesce(a.aliases, [])
          WHERE value IS NOT NULL
            AND reduce(folded = '', c IN split(normalize(value, NFKD), '') | folded + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN toLower(c) ELSE '' END) IN $keys)
RETURN a.id AS id, a.name AS name
ORDER BY toLower(a.name), a.id
LIMIT 10
