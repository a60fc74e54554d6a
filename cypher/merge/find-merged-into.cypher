// The actor an id was merged into, if the viewer may see it ($access): a merged id answers 404 naming it; for others it is as absent as any unknown id.
MATCH (tomb:MergedActor {id: $id})
MATCH (a:Actor {id: tomb.mergedInto})
WHERE @visibleActor(a)
RETURN a.id AS mergedInto
