// One admin area by id; other names as [language, text] pairs.
MATCH (area:AdminArea {id: $id})
RETURN area {.id, .name, .pcode, .level, .parentId, .isCapital,
             names: [i IN range(0, size(coalesce(area.nameLanguages, [])) - 1) | [area.nameLanguages[i], area.nameTexts[i]]]} AS area
