// One page of the actors the viewer may see ($access) matching optional filters (kinds, subtypes, areas, text in name/acronym/aliases/original-script name/external ids), ordered by name, with the total; fields as the role receives them ($fields).
MATCH (a:Actor)
WHERE @visibleActor(a)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($subtypes IS NULL OR a.subtype IN $subtypes)
  AND ($areas IS NULL OR EXISTS { (a)-[:BASED_IN|ACTIVE_IN]->(area:AdminArea) WHERE area.id IN $areas })
  AND ($text IS NULL
       OR toLower(a.name) CONTAINS toLower($text)
       OR toLower(coalesce(a.acronym, '')) CONTAINS toLower($text)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
       OR toLower(coalesce(a.originalName, '')) CONTAINS toLower($text)
       OR any(externalId IN coalesce(a.externalIds, []) WHERE toLower(externalId) CONTAINS toLower($text)))
WITH a
ORDER BY toLower(a.name), a.id
WITH collect(a) AS matching
RETURN size(matching) AS total,
       [a IN matching[$offset..($offset + $limit)] | a {
         .*, @projectedActorFields(a), evidence: @evidenceOf(a),
         basedIn: COLLECT { MATCH (a)-[:BASED_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id },
         activeIn: COLLECT { MATCH (a)-[:ACTIVE_IN]->(area:AdminArea) RETURN area.id ORDER BY area.id }
       }] AS items
