// One import job with its counters and report; `silentSeconds` is how long since its last save or heartbeat, by the database clock (the same for every API instance).
MATCH (j:ImportJob {id: $id})
RETURN j {.userId, .id, .status, .fileName, .rowsTotal, .rowsValidated, .recordsTotal, .recordsWritten, .report, .startedAt, .updatedAt,
          silentSeconds: duration.inSeconds(j.updatedAt, datetime()).seconds} AS job
