// One import job with its counters and report.
MATCH (j:ImportJob {id: $id})
RETURN j {.userId, .id, .status, .fileName, .rowsTotal, .rowsValidated, .recordsTotal, .recordsWritten, .report, .startedAt, .updatedAt} AS job
