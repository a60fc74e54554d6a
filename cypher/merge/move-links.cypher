// Move every link other than a tie (roles, engagements, mechanisms, areas, stances, links added later; never a grant: a merge is refused while one names a merged actor, and a grant moved by a merge would open what no administrator approved) from one duplicate ($duplicateId) to the kept actor ($keptId), in both directions. A link with an id stays its own record; a link without one joins the kept actor's link of the same type to the same record if there is one (their area lists united; an empty list means everywhere). Links to the merged actors themselves ($ids) are left to be removed with the duplicate.
MATCH (kept:Actor {id: $keptId}), (d:Actor {id: $duplicateId})
CALL (kept, d) {
  MATCH (d)-[r]->(other)
  WHERE NOT type(r) IN $relationshipTypes AND type(r) <> 'GRANTED' AND NOT (other:Actor AND other.id IN $ids)
  WITH kept, other, r, type(r) AS linkType, properties(r) AS stored
  DELETE r
  WITH kept, other, linkType, stored
  CALL (kept, other, linkType, stored) {
    WITH * WHERE stored.id IS NOT NULL
    MERGE (kept)-[m:$(linkType) {id: stored.id}]->(other)
    SET m += stored
  }
  CALL (kept, other, linkType, stored) {
    WITH * WHERE stored.id IS NULL
    MERGE (kept)-[m:$(linkType)]->(other)
    ON CREATE SET m = stored
    ON MATCH SET m.areaIds = CASE
      WHEN m.areaIds IS NULL THEN stored.areaIds
      WHEN size(m.areaIds) = 0 OR size(coalesce(stored.areaIds, [])) = 0 THEN []
      ELSE m.areaIds + [x IN stored.areaIds WHERE NOT x IN m.areaIds] END
  }
  RETURN count(*) AS outgoing
}
CALL (kept, d) {
  MATCH (d)<-[r]-(other)
  WHERE NOT type(r) IN $relationshipTypes AND type(r) <> 'GRANTED' AND NOT (other:Actor AND other.id IN $ids)
  WITH kept, other, r, type(r) AS linkType, properties(r) AS stored
  DELETE r
  WITH kept, other, linkType, stored
  CALL (kept, other, linkType, stored) {
    WITH * WHERE stored.id IS NOT NULL
    MERGE (kept)<-[m:$(linkType) {id: stored.id}]-(other)
    SET m += stored
  }
  CALL (kept, other, linkType, stored) {
    WITH * WHERE stored.id IS NULL
    MERGE (kept)<-[m:$(linkType)]-(other)
    ON CREATE SET m = stored
    ON MATCH SET m.areaIds = CASE
      WHEN m.areaIds IS NULL THEN stored.areaIds
      WHEN size(m.areaIds) = 0 OR size(coalesce(stored.areaIds, [])) = 0 THEN []
      ELSE m.areaIds + [x IN stored.areaIds WHERE NOT x IN m.areaIds] END
  }
  RETURN count(*) AS incoming
}
RETURN outgoing + incoming AS moved
