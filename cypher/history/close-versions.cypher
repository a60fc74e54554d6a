// Close at $now the open versions of the records of kind $kind in $ids (deleted), saying how and by whom, so the last state stays in the maps of past dates.
UNWIND $ids AS id
MATCH (open:Version {recordKind: $kind, recordId: id, versionTo: $openEnd})
SET open.versionTo = $now, open.endOp = $op, open.endBy = $by
RETURN count(open) AS closed
