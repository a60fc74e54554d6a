// Ties as they were at $at of the requested types ($types) between the given actors (found visible as of $at), judged with their ends' versions of that date ($access), valid on $date when given (the twin of analysis/visible-ties). No evidence grade here: the loader grades them from the claims as they were then (server/history/evidence-as-of.ts), so the grade of a past date is never today's.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at
  AND t.type IN $types AND t.sourceId IN $actorIds AND t.targetId IN $actorIds
  AND ($date IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $date) AND (t.validTo IS NULL OR toString(t.validTo) >= $date)))
MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $at AND s.versionFrom <= $at
MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $at AND e.versionFrom <= $at
  AND @visibleTieVersion(t, s, e)
RETURN t {
  id: t.recordId, .sourceId, .targetId, .type, .directed, .strength, .confidence, .outputId, evidenceGrade: null
} AS tie
ORDER BY t.recordId
