// Record on an import job that its import is undone, once: returns the job only if it was not undone before (the job node is locked for the rest of the undo).
MATCH (j:ImportJob {id: $id})
WHERE j.undoneAt IS NULL
SET j.undoneAt = datetime()
RETURN j.id AS id
