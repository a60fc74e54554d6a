// Create or update ties by id between existing actors the writer may see ($access; the seed sees all), rows prepared as for create-tie; properties not in the row stay. Stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $ties AS row
MATCH (s:Actor {id: row.sourceId}), (e:Actor {id: row.targetId})
WHERE @visibleActor(s) AND @visibleActor(e)
MERGE (s)-[t:$(row.relationshipType) {id: row.properties.id}]->(e)
ON CREATE SET t.createdAt = datetime($writtenAt), t.createdByImport = $importId
SET t += row.properties, t.updatedAt = datetime($writtenAt), t.writtenByImport = $importId, t.writtenByImportAt = datetime($writtenAt)
