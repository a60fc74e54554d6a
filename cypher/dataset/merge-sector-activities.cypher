// Sector activities of a 3W import under their output; an output missing from the map is created with a title, an existing one is not changed; what is created is stamped with the import ($importId; see undo-import).
UNWIND $activities AS row
MERGE (o:Output {id: row.outputId})
ON CREATE SET o.createdByImport = $importId, o.writtenByImport = $importId, o.writtenByImportAt = datetime($writtenAt), o.title = row.outputTitle, o.summary = '', o.source = $source, o.position = 100
MERGE (x:Activity {id: row.id})
ON CREATE SET x.createdByImport = $importId, x.writtenByImport = $importId, x.writtenByImportAt = datetime($writtenAt), x.title = row.title, x.description = '', x.position = 1000
MERGE (o)-[link1:HAS_ACTIVITY]->(x)
ON CREATE SET link1.createdByImport = $importId
SET link1.writtenByImport = $importId
