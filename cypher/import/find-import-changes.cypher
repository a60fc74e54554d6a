// Undoing an import, the check: what the import created that has changed since (written again by another import or the seed, edited since its write, or linked to by something the import did not create), or that the caller may no longer see ($access); with whether the caller may see it (only those ids are named).
CALL () {
  MATCH (n)
  WHERE n.createdByImport = $importId AND NOT n:Dataset
  WITH n,
       (coalesce(n.writtenByImport, '') <> $importId
        OR coalesce(n.updatedAt, n.writtenByImportAt) > n.writtenByImportAt
        OR EXISTS { MATCH (n)-[other]-() WHERE coalesce(other.createdByImport, '') <> $importId }) AS changed,
       CASE WHEN n:Actor THEN @visibleActor(n)
            WHEN n:Engagement THEN @visibleEngagement(n)
            WHEN n:CoordinationMechanism THEN @visibleMechanism(n)
            ELSE true END AS visible
  WHERE changed OR NOT visible
  RETURN n.id AS id, visible
  UNION
  MATCH (s)-[r]->(e)
  WHERE r.createdByImport = $importId
    AND (coalesce(r.writtenByImport, '') <> $importId OR coalesce(r.updatedAt, r.writtenByImportAt) > r.writtenByImportAt)
  RETURN coalesce(r.id, s.id) AS id,
         CASE WHEN s:Actor AND e:Actor THEN @visibleActor(s) AND @visibleActor(e) AND @visibleTie(r, s, e)
              WHEN s:Actor THEN @visibleActor(s)
              WHEN s:Engagement THEN @visibleEngagement(s)
              WHEN s:CoordinationMechanism THEN @visibleMechanism(s)
              ELSE true END AS visible
}
RETURN id, visible
ORDER BY id
