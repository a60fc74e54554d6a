// Move an import job's counters on while it runs (status and report unchanged).
MATCH (j:ImportJob {id: $id})
SET j.status = $status, j.rowsValidated = $rowsValidated, j.recordsWritten = $recordsWritten, j.updatedAt = datetime()
