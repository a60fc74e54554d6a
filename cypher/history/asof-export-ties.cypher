// Ties of an export of the map as it was at $asOf, with every stored field their role receives ($fields): tie versions open then of the requested types ($types), both ends among the exported actors, judged with their ends' versions of that date ($access), valid on the date $at when given. The twin of export/ties; the evidence is today's evidence of the tie when it still exists (claims have no past of their own here), else none.
MATCH (t:Version {recordKind: 'tie'})
WHERE t.versionTo > $asOf AND t.versionFrom <= $asOf
  AND t.type IN $types AND t.sourceId IN $actorIds AND t.targetId IN $actorIds
  AND ($at IS NULL OR ((t.validFrom IS NULL OR toString(t.validFrom) <= $at) AND (t.validTo IS NULL OR toString(t.validTo) >= $at)))
MATCH (s:Version {recordKind: 'actor', recordId: t.sourceId})
WHERE s.versionTo > $asOf AND s.versionFrom <= $asOf
MATCH (e:Version {recordKind: 'actor', recordId: t.targetId})
WHERE e.versionTo > $asOf AND e.versionFrom <= $asOf
  AND @visibleTieVersion(t, s, e)
// The live tie is found from its indexed ends, never by its id across every relationship type.
WITH t, head(COLLECT {
  MATCH (:Actor {id: t.sourceId})-[live]->(:Actor {id: t.targetId}) WHERE live.id = t.recordId RETURN @evidenceByLevelOf(live)
}) AS evidenceByLevel
RETURN t {
  id: t.recordId, .type, .sourceId, .targetId, .directed, .strength, .confidence,
  .observedAt, .validFrom, .validTo, .outputId, .sensitivity, .fictional, @projectedTieFields(t),
  evidenceByLevel: coalesce(evidenceByLevel, [])
} AS tie
ORDER BY t.recordId
