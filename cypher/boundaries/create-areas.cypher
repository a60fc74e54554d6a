// Create the areas a boundary import was asked to create (createAreas), parents listed before their children; ids are new, so nothing is overwritten.
UNWIND $areas AS properties
CREATE (area:AdminArea)
SET area = properties, area.isCapital = false, area.createdAt = datetime(), area.updatedAt = datetime()
RETURN count(area) AS created
