// An import's tie sources and claims (issue 15): a new claim as the migration makes it, with the reliability, credibility and date the file states; a claim already there (a re-import) takes the credibility and date the file states and its source the reliability, what the file leaves blank staying as stored. MERGE by id, so nothing is written twice; returns the claims written and the sources whose reliability moved (their other claims' subjects are regraded). For the import's undo (server/imports/undo-import.ts): what it creates is stamped with $importId like the records the dataset writer creates (claims, sources and their links), and what it changes leaves an ImportPrior with the earlier values.
UNWIND $rows AS row
MERGE (source:Source {id: row.sourceId})
  ON CREATE SET source.title = row.title, source.kind = 'report', source.reliability = coalesce(row.statedReliability, 'F'), source.reference = '',
                source.sensitivity = row.sensitivity, source.recordedBy = $recordedBy, source.createdAt = datetime(), source.updatedAt = datetime(),
                source.createdByImport = $importId, source.writtenByImport = $importId, source.writtenByImportAt = datetime()
WITH row, source, row.statedReliability IS NOT NULL AND row.statedReliability <> source.reliability AS moved
FOREACH (_ IN CASE WHEN moved THEN [1] ELSE [] END |
  CREATE (:ImportPrior {importId: $importId, kind: 'source', recordId: source.id, reliability: source.reliability, writtenAt: datetime()}))
SET source.reliability = CASE WHEN moved THEN row.statedReliability ELSE source.reliability END,
    source.updatedAt = CASE WHEN moved THEN datetime() ELSE source.updatedAt END
MERGE (claim:Claim {id: row.claimId})
  ON CREATE SET claim.tieId = row.tieId, claim.tieStartId = row.tieStartId, claim.tieEndId = row.tieEndId, claim.legacyTieId = row.tieId, claim.exists = true, claim.credibility = row.credibility,
                claim.observedAt = row.observedAt, claim.note = 'From the tie\'s source text', claim.recordedBy = $recordedBy,
                claim.createdAt = datetime(), claim.updatedAt = datetime(),
                claim.createdByImport = $importId, claim.writtenByImport = $importId, claim.writtenByImportAt = datetime()
WITH row, source, moved, claim,
     (row.statedCredibility IS NOT NULL AND row.statedCredibility <> claim.credibility)
       OR (row.statedObservedAt IS NOT NULL AND row.statedObservedAt <> coalesce(claim.observedAt, '')) AS changed
FOREACH (_ IN CASE WHEN changed AND coalesce(claim.createdByImport, '') <> $importId THEN [1] ELSE [] END |
  CREATE (:ImportPrior {importId: $importId, kind: 'claim', recordId: claim.id, credibility: claim.credibility, observedAt: claim.observedAt,
                        writtenAt: datetime()}))
SET claim.credibility = coalesce(row.statedCredibility, claim.credibility),
    claim.observedAt = coalesce(row.statedObservedAt, claim.observedAt),
    claim.updatedAt = CASE WHEN changed THEN datetime() ELSE claim.updatedAt END
MERGE (claim)-[fromSource:FROM_SOURCE]->(source)
  ON CREATE SET fromSource.createdByImport = $importId, fromSource.writtenByImport = $importId, fromSource.writtenByImportAt = datetime()
RETURN claim.id AS claimId, CASE WHEN moved THEN source.id END AS movedSourceId
