// Every admin area, capital first, then by name.
MATCH (area:AdminArea)
RETURN area {.id, .name, .pcode, .level, .parentId, .isCapital} AS area
ORDER BY area.isCapital DESC, toLower(area.name)
