// How many versions the history holds, and how many are open (the present records): for the storage figures of the bench.
MATCH (v:Version)
RETURN count(v) AS versions, count(CASE WHEN v.versionTo = $openEnd THEN 1 END) AS open
