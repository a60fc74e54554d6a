// Close at $now the open versions of the ties at either end of actor $id: deleting an actor deletes its ties with it.
CALL () {
  MATCH (open:Version {sourceId: $id}) WHERE open.recordKind = 'tie' AND open.versionTo = $openEnd RETURN open
  UNION
  MATCH (open:Version {targetId: $id}) WHERE open.recordKind = 'tie' AND open.versionTo = $openEnd RETURN open
}
SET open.versionTo = $now, open.endOp = $op, open.endBy = $by
RETURN count(open) AS closed
