// The LOAD CSV side of the import benchmark: a 3W table (Organisation, Acronym, Sector, Country, Admin 1, Admin 1 P-code) into the app's model (actors, areas, sector activities under outputs, ACTIVE_IN, CONTRIBUTES_TO), MERGE by id, in batches.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (country:AdminArea {id: 'country-' + replace(toLower(row.Country), ' ', '-')})
  ON CREATE SET country.name = row.Country, country.level = 0, country.pcode = null, country.parentId = null, country.isCapital = false
  MERGE (area:AdminArea {id: 'adm1-' + replace(toLower(row.Country), ' ', '-') + '-' + replace(toLower(row.`Admin 1`), ' ', '-')})
  ON CREATE SET area.name = row.`Admin 1`, area.pcode = row.`Admin 1 P-code`, area.level = 1, area.parentId = country.id, area.isCapital = false
  MERGE (a:Actor {id: 'org-' + replace(toLower(row.Organisation), ' ', '-')})
  ON CREATE SET a.name = row.Organisation, a.acronym = row.Acronym, a.kind = $kind, a.createdAt = datetime()
  SET a:$($kindLabel)
  MERGE (a)-[:ACTIVE_IN]->(area)
  MERGE (o:Output {id: $sectorOutputs[row.Sector]})
  ON CREATE SET o.title = $sectorOutputs[row.Sector], o.summary = '', o.position = 100
  MERGE (x:Activity {id: 'sector-' + replace(toLower(row.Sector), ' ', '-')})
  ON CREATE SET x.title = row.Sector, x.description = '', x.position = 1000
  MERGE (o)-[:HAS_ACTIVITY]->(x)
  MERGE (a)-[:CONTRIBUTES_TO]->(x)
} IN TRANSACTIONS OF 1000 ROWS
