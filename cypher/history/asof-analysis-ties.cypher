// Ties as they were at $at of the requested types ($types) between the given actors (found visible as of $at), judged with their ends' versions of that date ($access), valid on $date when given, and only those corroborated at the viewer's clearance when $corroboratedOnly (the twin of analysis/visible-ties). The evidence grade is today's grade of the tie when it still exists (claims have no past of their own here), else unsourced.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $at AND t.versionFrom <= $at
  AND t.type IN $types AND t.sourceId IN $actorIds AND t.targetId IN $actorIds
  AND ($date IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $date) AND (t.validTo IS NULL OR toString(t.validTo) >= $date)))
MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $at AND s.versionFrom <= $at
MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $at AND e.versionFrom <= $at
  AND @visibleTieVersion(t, s, e)
// The live tie is found from its indexed ends, never by its id across every relationship type.
WITH t, coalesce(head(COLLECT {
  MATCH (:Actor {id: t.sourceId})-[live]->(:Actor {id: t.targetId}) WHERE live.id = t.recordId RETURN @evidenceGradeOf(live)
}), 'unsourced') AS grade
WHERE NOT $corroboratedOnly OR grade = 'corroborated'
RETURN t {
  id: t.recordId, .sourceId, .targetId, .type, .directed, .strength, .confidence, .outputId, evidenceGrade: grade
} AS tie
ORDER BY t.recordId
