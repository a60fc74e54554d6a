// Every output of the handbook, in the handbook's order.
MATCH (o:Output)
RETURN o {.id, .title, .summary, .source} AS output
ORDER BY o.position
