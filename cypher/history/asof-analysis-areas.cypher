// Every admin area as it was at $at, capital first (the twin of analysis/admin-areas): the area versions open then, and the areas that have no version at all (reference data written before areas had a history), as they are.
CALL () {
  MATCH (v:Version {recordKind: 'area'})
  WHERE v.versionTo > $at AND v.versionFrom <= $at
  RETURN v { id: v.recordId, .name, isCapital: coalesce(v.isCapital, false), level: coalesce(v.level, 1), .parentId } AS area
  UNION ALL
  MATCH (a:AdminArea)
  WHERE NOT EXISTS { MATCH (:Version {recordKind: 'area', recordId: a.id}) }
  RETURN a { .id, .name, isCapital: coalesce(a.isCapital, false), level: coalesce(a.level, 1), .parentId } AS area
}
RETURN area
ORDER BY area.isCapital DESC, area.name, area.id
