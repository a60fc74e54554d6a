// The output itself ($targetId null) or one of its activities: the record a stance on this output may point to.
MATCH (o:Output {id: $outputId})
OPTIONAL MATCH (o)-[:HAS_ACTIVITY]->(activity:Activity {id: $targetId})
WITH o, CASE WHEN $targetId IS NULL OR $targetId = o.id THEN o ELSE activity END AS target
RETURN o.id AS outputId, target.id AS targetId
