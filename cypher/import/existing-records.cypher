// What the map already holds, as far as the importing viewer may see ($access), for duplicate suggestions and reference checks: actors' names, acronyms and aliases, and area ids.
CALL () {
  MATCH (a:Actor)
  WHERE @visibleActor(a)
  RETURN collect(a {.id, .name, .acronym, .aliases}) AS actors
}
CALL () {
  MATCH (area:AdminArea)
  RETURN collect(area.id) AS areaIds
}
RETURN actors, areaIds
