// Turn tie source texts into sources (one per text and sensitivity, reliability F: never rated) and one claim per tie; MERGE by id, so a rerun writes nothing twice.
UNWIND $rows AS row
MERGE (source:Source {id: row.sourceId})
  ON CREATE SET source.title = row.title, source.kind = 'report', source.reliability = 'F', source.reference = '',
                source.sensitivity = row.sensitivity, source.recordedBy = 'migration', source.createdAt = datetime(), source.updatedAt = datetime()
MERGE (claim:Claim {id: row.claimId})
  ON CREATE SET claim.tieId = row.tieId, claim.tieStartId = row.tieStartId, claim.tieEndId = row.tieEndId, claim.legacyTieId = row.tieId, claim.exists = true, claim.credibility = row.credibility,
                claim.observedAt = row.observedAt, claim.note = 'From the tie\'s source text', claim.recordedBy = 'migration',
                claim.createdAt = datetime(), claim.updatedAt = datetime()
MERGE (claim)-[:FROM_SOURCE]->(source)
RETURN count(*) AS written
