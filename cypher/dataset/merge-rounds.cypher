// Mapping rounds (row.properties: the fields the row states, `at` in epoch milliseconds), merged by id: an existing round takes the stated fields and keeps who created it and when; a new one is created by the writer ($createdBy, null for the seed) now ($createdAt). Rounds are not need-to-know records (every reader sees the same dates). Stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $rounds AS row
MERGE (r:Round {id: row.id})
ON CREATE SET r.description = '', r.createdBy = $createdBy, r.createdAt = $createdAt, r.createdByImport = $importId
SET r += row.properties, r.updatedAt = datetime($writtenAt), r.writtenByImport = $importId, r.writtenByImportAt = datetime($writtenAt)
