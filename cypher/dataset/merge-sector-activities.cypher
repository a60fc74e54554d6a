// Sector activities of a 3W import under their output; an output missing from the map is created with a title, an existing one is not changed.
UNWIND $activities AS row
MERGE (o:Output {id: row.outputId})
ON CREATE SET o.title = row.outputTitle, o.summary = '', o.source = $source, o.position = 100
MERGE (x:Activity {id: row.id})
ON CREATE SET x.title = row.title, x.description = '', x.position = 1000
MERGE (o)-[:HAS_ACTIVITY]->(x)
