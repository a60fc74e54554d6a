// The actors of $ids as they were at $at: one row per actor that existed then, whoever may see it, saying whether the viewer may see it as it was ($access); a visible one carries its fields as asof-list-actors gives them ($fields) and the key that list sorts by. For the diff, which reads only the records that may have changed. A visible one also carries the fields the analyses compute on (as asof-analysis-actors gives them, unprojected), for the map of the other end.
UNWIND $ids AS id
MATCH (v:Version {recordKind: 'actor', recordId: id})
WHERE v.versionTo > $at AND v.versionFrom <= $at
WITH v, @visibleActorVersion(v) AS visible
RETURN v.recordId AS id, visible,
       CASE WHEN visible THEN toLower(v.name) END AS sortKey,
       CASE WHEN visible THEN v {.*, id: v.recordId, @projectedActorFields(v)} END AS item,
       CASE WHEN visible THEN v {
         id: v.recordId, .name, .kind, .subtype, .influence, .doNoHarmRole, .womenFocus, .youthFocus,
         basedIn: coalesce(v.basedIn, []), activeIn: coalesce(v.activeIn, [])
       } END AS analysis
