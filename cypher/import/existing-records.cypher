// What the map already holds, as far as the importing viewer may see ($access), for matching by name, duplicate suggestions and reference checks: actors' names, acronyms, aliases and sensitivity, and area ids.
CALL () {
  MATCH (a:Actor)
  WHERE @visibleActor(a)
  RETURN collect(a {.id, .name, .acronym, .aliases, .sensitivity}) AS actors
}
CALL () {
  MATCH (area:AdminArea)
  RETURN collect(area.id) AS areaIds
}
RETURN actors, areaIds
