// purpose: The record an import writes whose history is newest after $at (a dated import may not begin a version before one that exists): its kind, id, name and the date of that newest version (the start of its open version, or the end of a closed one). At most one row.
UNWIND $records AS record
MATCH (v:Version {recordKind: record.kind, recordId: record.id})
WITH record, max(CASE WHEN v.versionTo = $openEnd THEN v.versionFrom ELSE v.versionTo END) AS newest
WHERE newest > $at
RETURN record.kind AS kind, record.id AS id, record.name AS name, newest
ORDER BY newest DESC, id
LIMIT 1
