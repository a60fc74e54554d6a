// Record that a dataset was loaded, with its source, so the product can say where its data comes from.
MERGE (d:Dataset {name: $name})
SET d.source = $source, d.fictional = $fictional, d.description = $description, d.loadedAt = datetime()
