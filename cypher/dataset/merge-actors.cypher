// Create or update actors by id, with their kind label and area links (rows are prepared as for create-actor). A row whose kindLabel is null leaves the kind label as it is (an import row that does not state the kind); properties not in the row stay. Records and links are stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $actors AS row
MERGE (a:Actor {id: row.properties.id})
ON CREATE SET a.createdAt = datetime($writtenAt), a.createdByImport = $importId
SET a += row.properties, a.updatedAt = datetime($writtenAt), a.writtenByImport = $importId, a.writtenByImportAt = datetime($writtenAt)
FOREACH (_ IN CASE WHEN row.kindLabel IS NULL THEN [] ELSE [1] END |
  REMOVE a:$($allKindLabels)
  SET a:$(row.kindLabel))
WITH a, row
CALL (a, row) {
  UNWIND row.basedIn AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[link:BASED_IN]->(area)
  ON CREATE SET link.createdByImport = $importId
  SET link.writtenByImport = $importId
}
CALL (a, row) {
  UNWIND row.activeIn AS areaId
  MATCH (area:AdminArea {id: areaId})
  MERGE (a)-[link:ACTIVE_IN]->(area)
  ON CREATE SET link.createdByImport = $importId
  SET link.writtenByImport = $importId
}
