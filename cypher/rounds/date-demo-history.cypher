// Give the demo's chosen records (demo-round-targets) their history between the two rounds: their versions, loaded as of the first round, now begin at $changedAt; before it, the tie did not exist, the women's group's stance was $pastStance and the government actor's do-no-harm role $pastRole. Nothing for a null id.
OPTIONAL MATCH (tieVersion:Version {recordKind: 'tie', recordId: $tieId, versionTo: $openEnd})
SET tieVersion.versionFrom = $changedAt, tieVersion.op = 'create'
WITH count(*) AS ignored
CALL () {
  MATCH (now:Version {recordKind: 'actor', recordId: $womenId, versionTo: $openEnd})
  CREATE (past:Version)
  SET past = properties(now)
  SET past.versionId = randomUUID(), past.stance = $pastStance, past.versionTo = $changedAt
  SET now.versionFrom = $changedAt, now.op = 'update', now.changed = ['stance']
}
CALL () {
  MATCH (now:Version {recordKind: 'actor', recordId: $governmentId, versionTo: $openEnd})
  CREATE (past:Version)
  SET past = properties(now)
  SET past.versionId = randomUUID(), past.doNoHarmRole = $pastRole, past.versionTo = $changedAt
  SET now.versionFrom = $changedAt, now.op = 'update', now.changed = ['doNoHarmRole']
}
RETURN $tieId AS tieId, $womenId AS womenId, $governmentId AS governmentId
