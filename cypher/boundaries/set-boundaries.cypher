// Store each area's boundary as imported: the display version (simplified GeoJSON text), the original, its bounding box and how many positions each has; the area node stays the one record of the area.
UNWIND $rows AS row
MATCH (area:AdminArea {id: row.id})
SET area.boundary = row.display, area.boundaryOriginal = row.original, area.boundaryBbox = row.bbox,
    area.boundaryPoints = row.points, area.boundarySource = row.source, area.boundaryUpdatedAt = datetime()
RETURN count(area) AS written
