// Bench only: a generated map's sources in bulk ($sources: id, properties), with the properties the source store gives them (server/evidence/source-store.ts).
UNWIND $sources AS row
CREATE (source:Source {id: row.id})
SET source += row.properties, source.recordedBy = 'bench', source.createdAt = datetime(), source.updatedAt = datetime()
RETURN count(source) AS written
