// Create one admin area, idempotently: a retry of the same write ($writeToken) finds its own area (ours = true); another write with the same id gets ours = false.
MERGE (area:AdminArea {id: $properties.id})
ON CREATE SET area = $properties, area.writeToken = $writeToken, area.createdAt = datetime(), area.updatedAt = datetime()
RETURN area.id AS id, area.writeToken = $writeToken AS ours
