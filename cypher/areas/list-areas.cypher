// Every admin area, capital first, then by name; other names as [language, text] pairs.
MATCH (area:AdminArea)
RETURN area {.id, .name, .pcode, .level, .parentId, .isCapital,
             names: [i IN range(0, size(coalesce(area.nameLanguages, [])) - 1) | [area.nameLanguages[i], area.nameTexts[i]]]} AS area
ORDER BY area.isCapital DESC, toLower(area.name)
