// One actor, if the viewer may see it ($access), with the fields their role receives ($fields), with the ids of the admin areas it is based and active in.
MATCH (a:Actor {id: $id})
WHERE @visibleActor(a)
RETURN a {
  .*, @projectedActorFields(a), evidence: @evidenceOf(a),
  basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
  activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
} AS actor
