// What the map already holds, for duplicate suggestions and reference checks: actors' names, acronyms and aliases, and area ids.
CALL () {
  MATCH (a:Actor)
  RETURN collect(a {.id, .name, .acronym, .aliases}) AS actors
}
CALL () {
  MATCH (area:AdminArea)
  RETURN collect(area.id) AS areaIds
}
RETURN actors, areaIds
