// The map's actors as they were at $at (epoch milliseconds): the actor versions open then that the viewer may see as they were ($access), stance only for roles that receive it ($fields), filtered by kinds and admin areas as the present map is. One column per field, as graph/map-actors returns them (the driver decodes a map's keys on every row).
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
  AND @visibleActorVersion(v)
  AND ($kinds IS NULL OR v.kind IN $kinds)
  AND ($areas IS NULL OR any(area IN v.areaIds WHERE area IN $areas))
RETURN v.recordId AS id, v.name AS label, v.kind AS kind, v.subtype AS subtype, v.acronym AS acronym, v.influence AS influence,
  v.interest AS interest, @stanceIfReceived(v) AS stance, v.doNoHarmRole AS doNoHarmRole, v.sensitivity AS sensitivity,
  coalesce(v.basedIn, []) AS basedIn, coalesce(v.activeIn, []) AS activeIn
ORDER BY id
