// Undoing an import, the check: what the import created (records and links) that has changed since (written again by another import or the seed, edited since its write, or linked to by something the import did not create), or that the caller may no longer see ($access: a record, or a link with an end they may not see: tie, participation, membership, area link), changed or not; with whether the caller may see it (only those ids are named).
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
  // A link the import created counts whether or not it changed: removing it must not touch a link
  // the caller may no longer see (an end raised, a clearance or grant withdrawn since).
  MATCH (s)-[r]->(e)
  WHERE r.createdByImport = $importId
  WITH s, r, e,
       (coalesce(r.writtenByImport, '') <> $importId OR coalesce(r.updatedAt, r.writtenByImportAt) > r.writtenByImportAt) AS changed,
       CASE WHEN s:Actor AND e:Actor THEN @visibleActor(s) AND @visibleActor(e) AND @visibleTie(r, s, e)
            WHEN s:Actor AND e:Engagement THEN @visibleActor(s) AND @visibleEngagement(e)
            WHEN s:Actor AND e:CoordinationMechanism THEN @visibleActor(s) AND @visibleMechanism(e)
            WHEN s:Actor THEN @visibleActor(s)
            WHEN s:Engagement AND e:Actor THEN @visibleEngagement(s) AND @visibleActor(e)
            WHEN s:Engagement THEN @visibleEngagement(s)
            WHEN s:CoordinationMechanism THEN @visibleMechanism(s)
            ELSE true END AS visible
  WHERE changed OR NOT visible
  RETURN coalesce(r.id, s.id) AS id, visible
}
RETURN id, visible
ORDER BY id
