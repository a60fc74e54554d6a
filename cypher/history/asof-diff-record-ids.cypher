// The ids of every actor, tie, lead or support role and engagement that existed at $at, whoever may see them: for the diff's coordination sections' set logic only (a record visible at one end of a diff and hidden at the other leaves no trace); never sent to a client.
RETURN COLLECT { MATCH (v:Version {recordKind: 'actor'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS actorIds,
       COLLECT { MATCH (v:Version {recordKind: 'tie'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS tieIds,
       COLLECT { MATCH (v:Version {recordKind: 'role'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS roleIds,
       COLLECT { MATCH (v:Version {recordKind: 'engagement'}) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordId } AS engagementIds
