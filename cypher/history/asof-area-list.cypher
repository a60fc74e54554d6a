// The admin areas as they were at $at (reference data: every signed-in user reads them), ordered by id, with their parent, level and whether each was the capital.
MATCH (v:Version {recordKind: 'area'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
RETURN v {.name, .pcode, .level, .parentId, .isCapital, id: v.recordId,
          names: [i IN range(0, size(coalesce(v.nameLanguages, [])) - 1) | [v.nameLanguages[i], v.nameTexts[i]]]} AS area
ORDER BY v.recordId
