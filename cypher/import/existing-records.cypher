// What the map already holds, as far as the importing viewer may see ($access), for matching, duplicate suggestions and reference checks: actors' names, acronyms, aliases, external ids and sensitivity, and areas (id, name, p-code).
CALL () {
  MATCH (a:Actor)
  WHERE @visibleActor(a)
  RETURN collect(a {.id, .name, .acronym, .aliases, .externalIds, .sensitivity}) AS actors
}
CALL () {
  MATCH (area:AdminArea)
  RETURN collect(area.id) AS areaIds, collect(area {.id, .name, .pcode}) AS areas
}
RETURN actors, areaIds, areas
