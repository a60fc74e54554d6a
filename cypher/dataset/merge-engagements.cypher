// Engagements (meetings, consultations): who held them, who was present, where, for which outputs, and how sensitive the meeting is (row.properties: the fields to write); only actors the writer may see ($access; the seed sees all) are linked, and an engagement the writer may not see is never matched (imports refuse its id before).
UNWIND $engagements AS row
OPTIONAL MATCH (held:Engagement {id: row.id})
WITH row, held
WHERE held IS NULL OR @visibleEngagement(held)
MERGE (g:Engagement {id: row.id})
SET g += row.properties
WITH g, row
MATCH (section:Actor {id: row.sectionId}), (area:AdminArea {id: row.areaId})
WHERE @visibleActor(section)
MERGE (g)-[:HELD_BY]->(section)
MERGE (g)-[:HELD_IN]->(area)
WITH g, row
CALL (g, row) {
  UNWIND row.actorIds AS actorId
  MATCH (a:Actor {id: actorId})
  WHERE @visibleActor(a)
  MERGE (a)-[:PARTICIPATED_IN]->(g)
}
CALL (g, row) {
  UNWIND row.outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (g)-[:SERVES]->(o)
}
