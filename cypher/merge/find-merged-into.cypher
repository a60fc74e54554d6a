// The actor an id was merged into, if the viewer ($access) may see it through their clearance (not only through a grant) and the merged actor's recorded sensitivity is within that clearance: a merged id then answers 404 naming it; for everyone else (and for tombstones that recorded no sensitivity) it is as absent as any unknown id.
MATCH (tomb:MergedActor {id: $id})
WHERE tomb.sensitivity IS NOT NULL AND @withinClearanceIfMarked(tomb)
MATCH (a:Actor {id: tomb.mergedInto})
WHERE a.sensitivity IS NOT NULL AND @withinClearanceIfMarked(a) AND @visibleActor(a)
RETURN a.id AS mergedInto
