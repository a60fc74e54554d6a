// Every admin area as an import compares it (reference data: a few thousand at most): its fields, with its other names as [language, text] pairs, to leave an existing area alone when a file states the same, refuse one that states other values, and check new areas against the tree.
MATCH (area:AdminArea)
RETURN area.id AS id, area.name AS name, area.pcode AS pcode, area.level AS level, area.parentId AS parentId,
       coalesce(area.isCapital, false) AS isCapital,
       [i IN range(0, size(coalesce(area.nameLanguages, [])) - 1) | [area.nameLanguages[i], area.nameTexts[i]]] AS names
