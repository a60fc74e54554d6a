// Actors an analysis of the map as it was at $at (epoch milliseconds) may compute on: the actor versions open then that the viewer may see as they were ($access), with the fields analyses read (the twin of analysis/visible-actors).
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND @visibleActorVersion(v)
RETURN v {
  id: v.recordId, .name, .kind, .subtype, .influence, .doNoHarmRole, .womenFocus, .youthFocus,
  basedIn: coalesce(v.basedIn, []), activeIn: coalesce(v.activeIn, [])
} AS actor
ORDER BY v.recordId
