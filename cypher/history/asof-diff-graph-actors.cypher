// The actors of the map as it was at $at, as the viewer may see them ($access), in one lean read for the diff (server/history/diff-graph.ts): each visible actor as [id, name, kind, subtype, influence, doNoHarmRole, womenFocus, youthFocus, basedIn, activeIn, the key asof-list-actors sorts by], the fields the influence ranks and the coordination sections compute on (as asof-analysis-actors gives them), as lists rather than maps (fewer keys to decode). Read before asof-diff-graph-ties, which takes the ids of these actors.
MATCH (v:Version {recordKind: 'actor'})
WHERE v.versionTo > $at AND v.versionFrom <= $at AND @visibleActorVersion(v)
RETURN collect([v.recordId, v.name, v.kind, v.subtype, v.influence, v.doNoHarmRole, v.womenFocus, v.youthFocus,
                coalesce(v.basedIn, []), coalesce(v.activeIn, []), toLower(v.name)]) AS actors
