// Which of the given ids are not a mission section the viewer may see ($access): absent, hidden, or an actor that is not a mission component.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
WITH id, a
WHERE a IS NULL OR a.kind <> 'mission_component' OR NOT @visibleActor(a)
RETURN collect(DISTINCT id) AS missing
