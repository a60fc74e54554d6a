// Every admin area as it was at $asOf, for an export (the twin of export/areas): the area versions open then, and the areas that have no version at all (written before areas had a history) as they are; other names as [language, text] pairs.
CALL () {
  MATCH (v:Version {recordKind: 'area'})
  WHERE v.versionTo > $asOf AND v.versionFrom <= $asOf
  RETURN v.recordId AS id, v AS area
  UNION ALL
  MATCH (a:AdminArea)
  WHERE NOT EXISTS { MATCH (:Version {recordKind: 'area', recordId: a.id}) }
  RETURN a.id AS id, a AS area
}
RETURN area {id: id, .name, .pcode, .level, .parentId, .isCapital,
             names: [i IN range(0, size(coalesce(area.nameLanguages, [])) - 1) | [area.nameLanguages[i], area.nameTexts[i]]]} AS area
ORDER BY id
