// Change some properties of an admin area (null removes one).
MATCH (area:AdminArea {id: $id})
SET area += $properties, area.updatedAt = datetime()
RETURN area.id AS id
