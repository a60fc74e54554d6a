// Create or update admin areas by id; other names (row.nameLanguages/nameTexts, parallel lists) only when the row states them; stamped with the import writing them ($importId, null for the seed; see undo-import).
UNWIND $areas AS row
MERGE (area:AdminArea {id: row.id})
ON CREATE SET area.createdByImport = $importId
SET area.name = row.name, area.pcode = row.pcode, area.level = row.level,
    area.parentId = row.parentId, area.isCapital = row.isCapital, area.fictional = $fictional,
    area.writtenByImport = $importId, area.writtenByImportAt = datetime($writtenAt)
FOREACH (_ IN CASE WHEN row.nameLanguages IS NULL THEN [] ELSE [1] END |
  SET area.nameLanguages = row.nameLanguages, area.nameTexts = row.nameTexts)
