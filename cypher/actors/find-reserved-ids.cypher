// Which of the given actor ids are reserved by a tombstone: merged away (:MergedActor), or deleted (:RetiredActor) by someone other than $userId (the one who deleted an actor may bring it back: Undo). A reserved id is refused like a taken one, so a grant or an area grant's `opened` list that names it never opens a new record.
UNWIND $ids AS id
WITH id
WHERE EXISTS { MATCH (:MergedActor {id: id}) }
   OR EXISTS { MATCH (tomb:RetiredActor {id: id}) WHERE tomb.retiredBy IS NULL OR tomb.retiredBy <> $userId }
RETURN collect(DISTINCT id) AS reserved
