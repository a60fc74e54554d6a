// purpose: The sensitivity and name of each record a change brief shows, as its versions held at either end ($from, $to) and at its newest level, for the marking and the redaction profile; only ever given ids the diff already returned to the requester (need to know was judged there).
UNWIND $ids AS id
MATCH (v:Version {recordKind: $kind, recordId: id})
WHERE (v.versionFrom <= $from AND $from < v.versionTo) OR (v.versionFrom <= $to AND $to < v.versionTo)
WITH id, v ORDER BY v.versionFrom DESC
RETURN id,
       collect(DISTINCT coalesce(v.sensitivity, 'internal')) + collect(DISTINCT coalesce(v.recordLevel, 'internal')) AS levels,
       collect(v.name) AS names
