// Create or update outputs with their activities, benchmarks and risks, keeping the source's order.
UNWIND range(0, size($outputs) - 1) AS position
WITH $outputs[position] AS row, position
MERGE (o:Output {id: row.id})
SET o.title = row.title, o.summary = row.summary, o.source = $source, o.position = position
WITH o, row
CALL (o, row) {
  UNWIND range(0, size(row.activities) - 1) AS i
  WITH row.activities[i] AS item, i
  MERGE (x:Activity {id: item.id})
  SET x.title = item.title, x.description = item.description, x.position = i
  MERGE (o)-[:HAS_ACTIVITY]->(x)
}
CALL (o, row) {
  UNWIND range(0, size(row.benchmarks) - 1) AS i
  WITH row.benchmarks[i] AS item, i
  MERGE (x:Benchmark {id: item.id})
  SET x.term = item.term, x.text = item.text, x.status = item.status, x.position = i
  MERGE (o)-[:HAS_BENCHMARK]->(x)
}
CALL (o, row) {
  UNWIND range(0, size(row.risks) - 1) AS i
  WITH row.risks[i] AS item, i
  MERGE (x:Risk {id: item.id})
  SET x.text = item.text, x.position = i
  MERGE (o)-[:HAS_RISK]->(x)
}
