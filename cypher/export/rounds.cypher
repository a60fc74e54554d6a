// The mapping rounds for the snapshot (rounds are not need-to-know records, and they are kept whatever the filters): with $asOf (epoch milliseconds), those dated up to then, as an export taken then carried them; the fields a dataset carries, `at` in epoch milliseconds.
MATCH (r:Round)
WHERE $asOf IS NULL OR r.at <= $asOf
RETURN r {.id, .name, .at, .description, .signedOffBy} AS round
ORDER BY r.at, r.id
