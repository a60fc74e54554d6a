// Close at $now the open versions of the claims of source $id: deleting a source deletes its claims with it.
MATCH (open:Version {recordKind: 'claim', versionTo: $openEnd})
WHERE open.fromSourceId = $id
SET open.versionTo = $now, open.endOp = $op, open.endBy = $by
RETURN count(open) AS closed
