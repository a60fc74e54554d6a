// Every output with its activities, benchmarks and risks in their stored order.
MATCH (o:Output)
RETURN o {
  .id, .title, .summary,
  activities: COLLECT { MATCH (o)-[:HAS_ACTIVITY]->(x:Activity) RETURN x {.id, .title, .description} ORDER BY x.position, x.id },
  benchmarks: COLLECT { MATCH (o)-[:HAS_BENCHMARK]->(x:Benchmark) RETURN x {.id, .term, .text, .status} ORDER BY x.position, x.id },
  risks: COLLECT { MATCH (o)-[:HAS_RISK]->(x:Risk) RETURN x {.id, .text} ORDER BY x.position, x.id }
} AS output
ORDER BY o.position, o.id
