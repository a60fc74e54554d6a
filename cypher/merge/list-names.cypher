// The names, acronyms and aliases of every actor the viewer may see ($access), for the "Possible duplicates" list.
MATCH (a:Actor)
WHERE @visibleActor(a)
RETURN a.id AS id, a.name AS name, a.acronym AS acronym, coalesce(a.aliases, []) AS aliases
