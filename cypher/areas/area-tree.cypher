// Every admin area's place in the tree (id, level, parent) and p-code, to check a write against (areas are reference data: a few thousand at most).
MATCH (area:AdminArea)
RETURN area.id AS id, area.name AS name, area.level AS level, area.parentId AS parentId, area.pcode AS pcode
