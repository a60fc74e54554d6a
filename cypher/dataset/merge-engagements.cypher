// Engagements (meetings, consultations): who held them, who was present, where, for which outputs, and how sensitive the meeting is (row.properties: the fields to write); only actors the writer may see ($access; the seed sees all) are linked, and an engagement the writer may not see is never matched (imports refuse its id before). A row naming another section or place replaces the old link. Stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $engagements AS row
OPTIONAL MATCH (held:Engagement {id: row.id})
WITH row, held
WHERE held IS NULL OR @visibleEngagement(held)
MERGE (g:Engagement {id: row.id})
ON CREATE SET g.createdByImport = $importId
SET g += row.properties, g.updatedAt = datetime($writtenAt), g.writtenByImport = $importId, g.writtenByImportAt = datetime($writtenAt)
WITH g, row
MATCH (section:Actor {id: row.sectionId}), (area:AdminArea {id: row.areaId})
WHERE @visibleActor(section)
// A meeting is held by one section in one place: a row naming others moves it (a section the writer may not see is left as it is).
CALL (g, section, area) {
  OPTIONAL MATCH (g)-[oldPlace:HELD_IN]->(other:AdminArea) WHERE other <> area
  DELETE oldPlace
}
CALL (g, section) {
  OPTIONAL MATCH (g)-[oldHolder:HELD_BY]->(otherSection:Actor) WHERE otherSection <> section AND @visibleActor(otherSection)
  DELETE oldHolder
}
MERGE (g)-[link1:HELD_BY]->(section)
ON CREATE SET link1.createdByImport = $importId
SET link1.writtenByImport = $importId
MERGE (g)-[link2:HELD_IN]->(area)
ON CREATE SET link2.createdByImport = $importId
SET link2.writtenByImport = $importId
WITH g, row
CALL (g, row) {
  UNWIND row.actorIds AS actorId
  MATCH (a:Actor {id: actorId})
  WHERE @visibleActor(a)
  MERGE (a)-[link3:PARTICIPATED_IN]->(g)
  ON CREATE SET link3.createdByImport = $importId
  SET link3.writtenByImport = $importId
}
CALL (g, row) {
  UNWIND row.outputIds AS outputId
  MATCH (o:Output {id: outputId})
  MERGE (g)-[link4:SERVES]->(o)
  ON CREATE SET link4.createdByImport = $importId
  SET link4.writtenByImport = $importId
}
