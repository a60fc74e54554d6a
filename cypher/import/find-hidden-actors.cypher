// Which of an import's actor ids already belong to actors the importing viewer may not see ($access): such an import is refused rather than overwrite them.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT @visibleActor(a)
RETURN collect(a.id) AS hidden
