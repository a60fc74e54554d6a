// Close at $now the open versions of kind $kind whose record is no longer in $presentIds (a bulk write removed it: an import's undo, a merge).
MATCH (open:Version {recordKind: $kind, versionTo: $openEnd})
WHERE NOT open.recordId IN $presentIds
SET open.versionTo = $now, open.endOp = $op, open.endBy = $by
RETURN count(open) AS closed
