// Move ties of a merge to their new ends with the changes of combining ($ties rows: id, type, old and new ends, changes). Relationship ends are fixed in Neo4j, so the tie is deleted and created again with the same id and properties.
UNWIND $ties AS row
MATCH (s:Actor {id: row.sourceId})-[old:$(row.relationshipType)]->(e:Actor {id: row.targetId})
WHERE old.id = row.id
WITH row, properties(old) AS stored, old
DELETE old
WITH row, stored
MATCH (ns:Actor {id: row.newSourceId}), (ne:Actor {id: row.newTargetId})
CREATE (ns)-[t:$(row.relationshipType)]->(ne)
SET t = stored
SET t += row.changes, t.updatedAt = datetime()
RETURN count(t) AS rewritten
