// One output with its activities, benchmarks and risks (in handbook order) and the actors that lead or support it.
MATCH (o:Output {id: $id})
RETURN o {
  .id, .title, .summary, .source,
  activities: COLLECT { MATCH (o)-[:HAS_ACTIVITY]->(x:Activity) RETURN x {.id, .title, .description} ORDER BY x.position },
  benchmarks: COLLECT { MATCH (o)-[:HAS_BENCHMARK]->(x:Benchmark) RETURN x {.id, .term, .text, .status, .statusDate, .statusNote} ORDER BY x.position },
  risks: COLLECT { MATCH (o)-[:HAS_RISK]->(x:Risk) RETURN x {.id, .text} ORDER BY x.position },
  roles: COLLECT {
    MATCH (a:Actor)-[r:LEADS|SUPPORTS]->(o)
    WHERE @visibleActor(a)
    RETURN {actorId: a.id, name: a.name, acronym: a.acronym,
            role: CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
            areaIds: coalesce(r.areaIds, [])}
    ORDER BY type(r), a.name
  }
} AS output
