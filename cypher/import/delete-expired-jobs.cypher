// Retention of import reports: delete the import jobs (and the reports they keep) started more than $keepDays days ago.
MATCH (j:ImportJob)
WHERE j.startedAt <= datetime() - duration({days: $keepDays})
DETACH DELETE j
RETURN count(*) AS deleted
