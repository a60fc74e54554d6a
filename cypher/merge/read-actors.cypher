// The actors of a merge the viewer may see ($access), every stored field (a merge copies fields; only roles that receive every field may edit), with their area ids; a hidden or absent id returns no row.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE @visibleActor(a)
RETURN a { .* } AS actor
