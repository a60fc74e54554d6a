// Delete an admin area nothing points to any more (checked before, under the area lock); DELETE, not DETACH DELETE, so a link made meanwhile fails the write instead of vanishing with it.
MATCH (area:AdminArea {id: $id})
DELETE area
RETURN count(*) AS deleted
