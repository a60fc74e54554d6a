// The ties of $ids as they were at $at: one row per tie that existed then, whoever may see it, saying whether the viewer may see it as it was (judged with its ends' versions of that date, $access, as asof-list-ties does); a visible one carries its fields as asof-list-ties gives them ($fields). For the diff, which reads only the records that may have changed. A visible one also carries the fields the analyses compute on (as asof-analysis-ties gives them), for the map of the other end.
UNWIND $ids AS id
MATCH (t:Version {recordKind: 'tie', recordId: id})
WHERE t.versionTo > $at AND t.versionFrom <= $at
OPTIONAL MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $at AND s.versionFrom <= $at
OPTIONAL MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $at AND e.versionFrom <= $at
WITH t, s IS NOT NULL AND e IS NOT NULL AND t.type IN $types AND @visibleTieVersion(t, s, e) AS visible
RETURN t.recordId AS id, visible, CASE WHEN visible THEN t {.*, id: t.recordId, @projectedTieFields(t)} END AS item,
       CASE WHEN visible THEN t {
         id: t.recordId, .sourceId, .targetId, .type, .directed, .strength, .confidence, .outputId
       } END AS analysis
