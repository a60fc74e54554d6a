// Record that a dataset was loaded, with its source, so the product can say where its data comes from (stamped with the import that first recorded it, $importId, null for the seed).
MERGE (d:Dataset {name: $name})
ON CREATE SET d.createdByImport = $importId
SET d.source = $source, d.fictional = $fictional, d.description = $description, d.loadedAt = datetime($writtenAt), d.writtenByImport = $importId
