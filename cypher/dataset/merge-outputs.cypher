// Create or update outputs with their activities, benchmarks and risks, keeping the source's order; stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND range(0, size($outputs) - 1) AS position
WITH $outputs[position] AS row, position
MERGE (o:Output {id: row.id})
ON CREATE SET o.createdByImport = $importId
SET o.writtenByImport = $importId, o.writtenByImportAt = datetime($writtenAt), o.title = row.title, o.summary = row.summary, o.source = $source, o.position = position
WITH o, row
CALL (o, row) {
  UNWIND range(0, size(row.activities) - 1) AS i
  WITH row.activities[i] AS item, i
  MERGE (x:Activity {id: item.id})
  ON CREATE SET x.createdByImport = $importId
  SET x.writtenByImport = $importId, x.writtenByImportAt = datetime($writtenAt), x.title = item.title, x.description = item.description, x.position = i
  MERGE (o)-[link1:HAS_ACTIVITY]->(x)
  ON CREATE SET link1.createdByImport = $importId
  SET link1.writtenByImport = $importId
}
CALL (o, row) {
  UNWIND range(0, size(row.benchmarks) - 1) AS i
  WITH row.benchmarks[i] AS item, i
  MERGE (x:Benchmark {id: item.id})
  ON CREATE SET x.createdByImport = $importId
  SET x.writtenByImport = $importId, x.writtenByImportAt = datetime($writtenAt), x.term = item.term, x.text = item.text, x.status = item.status, x.position = i
  MERGE (o)-[link2:HAS_BENCHMARK]->(x)
  ON CREATE SET link2.createdByImport = $importId
  SET link2.writtenByImport = $importId
}
CALL (o, row) {
  UNWIND range(0, size(row.risks) - 1) AS i
  WITH row.risks[i] AS item, i
  MERGE (x:Risk {id: item.id})
  ON CREATE SET x.createdByImport = $importId
  SET x.writtenByImport = $importId, x.writtenByImportAt = datetime($writtenAt), x.text = item.text, x.position = i
  MERGE (o)-[link3:HAS_RISK]->(x)
  ON CREATE SET link3.createdByImport = $importId
  SET link3.writtenByImport = $importId
}
