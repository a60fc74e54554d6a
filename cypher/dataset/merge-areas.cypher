// Create or update admin areas by id.
UNWIND $areas AS row
MERGE (area:AdminArea {id: row.id})
SET area.name = row.name, area.pcode = row.pcode, area.level = row.level,
    area.parentId = row.parentId, area.isCapital = row.isCapital, area.fictional = $fictional
