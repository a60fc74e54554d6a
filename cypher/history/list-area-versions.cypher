// Every version of admin area $id, newest first: areas are reference data every signed-in user reads, so every version is visible; its fields as /api/areas answers them (other names as [language, text] pairs), and who wrote it.
MATCH (v:Version {recordKind: 'area', recordId: $id})
WITH v, true AS visible
OPTIONAL MATCH (who:User {id: v.by})
RETURN visible, v.versionId AS versionId, v.versionFrom AS versionFrom, v.versionTo AS versionTo, v.op AS op, v.by AS by,
       v.changed AS changed, v.endOp AS endOp, v.endBy AS endBy,
       CASE WHEN visible THEN who.displayName END AS byName,
       CASE WHEN visible THEN COLLECT { MATCH (ender:User {id: v.endBy}) RETURN ender.displayName }[0] END AS endByName,
       v {.name, .pcode, .level, .parentId, .isCapital, id: v.recordId,
          names: [i IN range(0, size(coalesce(v.nameLanguages, [])) - 1) | [v.nameLanguages[i], v.nameTexts[i]]]} AS state
ORDER BY v.versionFrom DESC, v.versionTo DESC
