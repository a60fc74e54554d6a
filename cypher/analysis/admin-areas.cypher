// Every admin area, capital first, for per-area breakdowns (areas with nothing in them included).
MATCH (area:AdminArea)
RETURN area { .id, .name, isCapital: coalesce(area.isCapital, false), level: coalesce(area.level, 1), .parentId } AS area
ORDER BY area.isCapital DESC, area.name, area.id
