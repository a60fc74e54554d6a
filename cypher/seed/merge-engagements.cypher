// Engagements (meetings, consultations): who held them, who was present, where, for which outputs, and how sensitive the meeting is; only actors the writer may see ($access; the seed sees all) are linked.
UNWIND $engagements AS row
MERGE (g:Engagement {id: row.id})
SET g.date = row.date, g.format = row.format, g.summary = row.summary,
    g.womensMechanism = row.womensMechanism, g.youthMechanism = row.youthMechanism, g.sensitivity = row.sensitivity, g.fictional = $fictional
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
