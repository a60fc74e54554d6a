// Create or update an import job: its status, counters and report (JSON text), so any API instance can answer for it.
MERGE (j:ImportJob {id: $id})
ON CREATE SET j.startedAt = datetime(), j.userId = $userId
SET j.status = $status, j.fileName = $fileName, j.rowsTotal = $rowsTotal, j.rowsValidated = $rowsValidated,
    j.recordsTotal = $recordsTotal, j.recordsWritten = $recordsWritten, j.report = $report, j.updatedAt = datetime()
