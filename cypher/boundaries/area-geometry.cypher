// Areas with a boundary, for the map view: the display geometry (GeoJSON text) with p-code, name, level and parent, optionally of one level and inside one parent (named by id or p-code).
MATCH (area:AdminArea)
WHERE area.boundary IS NOT NULL AND ($level IS NULL OR area.level = $level)
OPTIONAL MATCH (parent:AdminArea {id: area.parentId})
WITH area, parent
WHERE $parent IS NULL OR area.parentId = $parent OR toUpper(parent.pcode) = toUpper($parent)
RETURN area.id AS id, area.pcode AS pcode, area.name AS name, coalesce(area.level, 1) AS level, area.parentId AS parentId,
       coalesce(parent.pcode, parent.id) AS parent, coalesce(area.isCapital, false) AS isCapital,
       area.boundary AS boundary, area.boundaryBbox AS bbox
ORDER BY area.level, area.pcode, area.id
