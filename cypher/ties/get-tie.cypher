// One tie by id, if the viewer may see it and both its ends ($access), with the ids of the actors at its ends and the fields their role receives ($fields). $relationshipTypes lists every tie type.
MATCH (s:Actor)-[t:$any($relationshipTypes)]->(e:Actor)
WHERE t.id = $id
  AND @visibleActor(s)
  AND @visibleActor(e)
  AND @visibleTie(t, s, e)
RETURN t {.*, @projectedTieFields(t), type: toLower(type(t)), sourceId: s.id, targetId: e.id, evidence: @evidenceOf(t)} AS tie
