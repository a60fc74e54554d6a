// The map's actors as they were at $at (epoch milliseconds): the actor versions open then that the viewer may see as they were ($access), stance only for roles that receive it ($fields), filtered by kinds and admin areas as the present map is.
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND @visibleActorVersion(v)
  AND ($kinds IS NULL OR v.kind IN $kinds)
  AND ($areas IS NULL OR any(area IN v.areaIds WHERE area IN $areas))
RETURN v {
  id: v.recordId, label: v.name, .kind, .subtype, .acronym, .influence, .interest, @projectedStance(v), .doNoHarmRole, .sensitivity,
  basedIn: coalesce(v.basedIn, []), activeIn: coalesce(v.activeIn, [])
} AS node
ORDER BY v.recordId
