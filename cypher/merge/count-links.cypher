// The links other than ties of the duplicates of a merge ($duplicateIds), by type and by the kind of record at the other end, for the preview and the answer; links between two merged actors ($ids) are not counted (they are dropped), nor grants (a merge is refused while one exists, and who holds grants is not the merger's business).
MATCH (d:Actor)
WHERE d.id IN $duplicateIds
MATCH (d)-[r]-(other)
WHERE NOT type(r) IN $relationshipTypes AND type(r) <> 'GRANTED' AND NOT (other:Actor AND other.id IN $ids)
RETURN type(r) AS type,
       CASE WHEN other:Engagement THEN 'engagement' WHEN other:CoordinationMechanism THEN 'mechanism' ELSE 'other' END AS target,
       count(r) AS links
