// Engagements as they were at $at, held between $from and $to (inclusive, either may be null), that the viewer may see as they were: the version within clearance at its own and its record's newest level, with at least one participant among the actors visible as of $at ($actorIds), as @visibleEngagement judges the present (the twin of analysis/engagements). Only those participants are listed; follow-up texts only with $fields.engagementSummary.
MATCH (g:Version {recordKind: 'engagement'})
WHERE g.versionTo > $at AND g.versionFrom <= $at
  AND ($from IS NULL OR g.date >= $from) AND ($to IS NULL OR g.date <= $to)
  AND @versionWithinClearance(g)
WITH g, [id IN coalesce(g.actorIds, []) WHERE id IN $actorIds] AS present
WHERE size(present) > 0
WITH g, present, g { @projectedFollowUps(g) } AS stored
RETURN g {
  id: g.recordId, .date, .womensMechanism, .youthMechanism, .areaId,
  actorIds: COLLECT { UNWIND present AS x RETURN x ORDER BY x },
  followUps: [f IN stored.followUps | {
    text: CASE WHEN $fields.engagementSummary THEN f.text ELSE null END, due: f.due, done: f.done
  }]
} AS engagement
ORDER BY g.date, g.recordId
