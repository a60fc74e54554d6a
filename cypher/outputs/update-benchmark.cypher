// Change a benchmark's status, status date and note (null removes one); only a benchmark of this output.
MATCH (:Output {id: $outputId})-[:HAS_BENCHMARK]->(b:Benchmark {id: $benchmarkId})
SET b += $properties, b.statusUpdatedAt = datetime()
RETURN b {.id, .term, .text, .status, .statusDate, .statusNote} AS benchmark
