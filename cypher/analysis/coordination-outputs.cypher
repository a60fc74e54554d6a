// Outputs (optionally one) in handbook order, with how many activities each has.
MATCH (o:Output)
WHERE $outputId IS NULL OR o.id = $outputId
RETURN o { .id, .title, activityCount: COUNT { (o)-[:HAS_ACTIVITY]->(:Activity) } } AS output
ORDER BY o.position, o.id
