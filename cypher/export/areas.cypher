// Every admin area: reference data that exported actors point to.
MATCH (area:AdminArea)
RETURN area {.id, .name, .pcode, .level, .parentId, .isCapital} AS area
ORDER BY area.id
