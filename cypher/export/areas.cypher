// Every admin area: reference data that exported actors point to; other names as [language, text] pairs.
MATCH (area:AdminArea)
RETURN area {.id, .name, .pcode, .level, .parentId, .isCapital,
             names: [i IN range(0, size(coalesce(area.nameLanguages, [])) - 1) | [area.nameLanguages[i], area.nameTexts[i]]]} AS area
ORDER BY area.id
