// Areas with a boundary as they were at $at, for the map view of a past date: each area's version then (p-code, name, level, parent) with the boundary it had then (record-boundary-versions), optionally of one level and inside one parent (named by id or p-code, as it was then). The columns of boundaries/area-geometry.
MATCH (area:Version {recordKind: 'area'})
WHERE area.versionTo > $at AND area.versionFrom <= $at AND ($level IS NULL OR coalesce(area.level, 1) = $level)
MATCH (boundary:BoundaryVersion {areaId: area.recordId})
WHERE boundary.versionTo > $at AND boundary.versionFrom <= $at
OPTIONAL MATCH (parent:Version {recordKind: 'area', recordId: area.parentId})
WHERE parent.versionTo > $at AND parent.versionFrom <= $at
WITH area, boundary, parent
WHERE $parent IS NULL OR area.parentId = $parent OR toUpper(parent.pcode) = toUpper($parent)
RETURN area.recordId AS id, area.pcode AS pcode, area.name AS name, coalesce(area.level, 1) AS level, area.parentId AS parentId,
       coalesce(parent.pcode, parent.recordId) AS parent, coalesce(area.isCapital, false) AS isCapital,
       boundary.boundary AS boundary, boundary.bbox AS bbox
ORDER BY level, pcode, id
