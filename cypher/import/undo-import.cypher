// Undoing an import, the removal: delete every relationship and node the import created (its Dataset record only if no later load wrote it), nothing else; returns how many.
CALL () {
  MATCH ()-[r]->()
  WHERE r.createdByImport = $importId
  DELETE r
  RETURN count(*) AS relationships
}
CALL () {
  MATCH (n)
  WHERE n.createdByImport = $importId AND (NOT n:Dataset OR n.writtenByImport = $importId)
  DETACH DELETE n
  RETURN count(*) AS nodes
}
RETURN relationships, nodes
