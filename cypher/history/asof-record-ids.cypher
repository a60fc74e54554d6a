// The ids of every actor and tie that existed at $at, whoever may see them: for the diff's set logic only (a record visible at one end of a diff and hidden at the other is left out, never called added or removed); never sent to a client.
RETURN COLLECT { MATCH (v:Version {recordKind: 'actor'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS actorIds,
       COLLECT { MATCH (v:Version {recordKind: 'tie'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS tieIds
