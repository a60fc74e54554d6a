// One page of the coordination mechanisms the viewer may see ($access: at least one visible member), optionally coordinating one output, with one visible member, or covering one area (a mechanism with no areas covers every area), ordered by id, with the total.
MATCH (m:CoordinationMechanism)
WHERE @visibleMechanism(m)
  AND ($outputId IS NULL OR EXISTS { MATCH (m)-[:COORDINATES]->(:Output {id: $outputId}) })
  AND ($areaId IS NULL OR EXISTS { MATCH (m)-[:COVERS_AREA]->(:AdminArea {id: $areaId}) } OR NOT EXISTS { MATCH (m)-[:COVERS_AREA]->(:AdminArea) })
  AND ($actorId IS NULL OR EXISTS { MATCH (listed:Actor {id: $actorId})-[:MEMBER_OF]->(m) WHERE @visibleActor(listed) })
WITH m
ORDER BY m.id
WITH collect(m) AS matching
CALL (matching) {
  UNWIND matching[$offset..($offset + $limit)] AS m
  RETURN collect(@mechanismFields(m)) AS items
}
RETURN size(matching) AS total, items
