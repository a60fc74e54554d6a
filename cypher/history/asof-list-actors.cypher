// One page of the actors as they were at $at that the viewer may see as they were ($access), with the filters of actors/list-actors (kinds, subtypes, areas, text), ordered by name, with the total; fields as the role receives them ($fields).
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND @visibleActorVersion(v)
  AND ($kinds IS NULL OR v.kind IN $kinds)
  AND ($subtypes IS NULL OR v.subtype IN $subtypes)
  AND ($areas IS NULL OR any(area IN v.areaIds WHERE area IN $areas))
  AND ($text IS NULL
       OR toLower(v.name) CONTAINS toLower($text)
       OR toLower(coalesce(v.acronym, '')) CONTAINS toLower($text)
       OR any(alias IN coalesce(v.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
       OR toLower(coalesce(v.originalName, '')) CONTAINS toLower($text)
       OR any(externalId IN coalesce(v.externalIds, []) WHERE toLower(externalId) CONTAINS toLower($text)))
WITH v
ORDER BY toLower(v.name), v.recordId
WITH collect(v) AS matching
RETURN size(matching) AS total, [v IN matching[$offset..($offset + $limit)] | v {.*, id: v.recordId, @projectedActorFields(v)}] AS items
