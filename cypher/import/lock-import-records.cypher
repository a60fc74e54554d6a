// Undoing an import, first step: take the write locks on everything the import created (nodes and relationships), so that nothing changes them between the check and the removal.
CALL () {
  MATCH (n)
  WHERE n.createdByImport = $importId
  SET n.undoing = $importId
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.createdByImport = $importId
  SET r.undoing = $importId
}
