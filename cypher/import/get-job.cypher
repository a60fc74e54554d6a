// One import job with its counters and report, unless it is older than the reports are kept ($keepDays); `silentSeconds` is how long since its last save or heartbeat, by the database clock (the same for every API instance).
MATCH (j:ImportJob {id: $id})
WHERE j.startedAt > datetime() - duration({days: $keepDays})
RETURN j {.userId, .id, .status, .fileName, .rowsTotal, .rowsValidated, .recordsTotal, .recordsWritten, .report, .startedAt, .updatedAt, .undoneAt,
          silentSeconds: duration.inSeconds(j.updatedAt, datetime()).seconds} AS job
