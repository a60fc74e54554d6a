// Create admin areas by id; the seed ($importId null) also updates existing ones, an import never does (server/imports/import-areas.ts refuses a file stating other values for one, under the area lock). Other names (row.nameLanguages/nameTexts, parallel lists) only when the row states them; stamped with the import creating them ($importId; see undo-import).
UNWIND $areas AS row
OPTIONAL MATCH (held:AdminArea {id: row.id})
WITH row, held
WHERE held IS NULL OR $importId IS NULL
MERGE (area:AdminArea {id: row.id})
ON CREATE SET area.createdByImport = $importId
SET area.name = row.name, area.pcode = row.pcode, area.level = row.level,
    area.parentId = row.parentId, area.isCapital = row.isCapital, area.fictional = $fictional,
    area.writtenByImport = $importId, area.writtenByImportAt = datetime($writtenAt)
FOREACH (_ IN CASE WHEN row.nameLanguages IS NULL THEN [] ELSE [1] END |
  SET area.nameLanguages = row.nameLanguages, area.nameTexts = row.nameTexts)
