// Give the demo's chosen coordination records (demo-coordination-targets) their history between the two rounds: the lead role's version, loaded as of the first round, now begins at $changedAt (before it the output had no lead there); each engagement in $engagementIds was held in the capital ($capitalId) until $changedAt, where it is held now. Nothing for a null id or an empty list.
OPTIONAL MATCH (roleVersion:Version {recordKind: 'role', recordId: $leadRoleId, versionTo: $openEnd})
SET roleVersion.versionFrom = $changedAt, roleVersion.op = 'create'
WITH count(*) AS ignored
CALL () {
  UNWIND $engagementIds AS engagementId
  MATCH (now:Version {recordKind: 'engagement', recordId: engagementId, versionTo: $openEnd})
  CREATE (past:Version)
  SET past = properties(now)
  SET past.versionId = randomUUID(), past.areaId = $capitalId, past.areaIds = [$capitalId], past.versionTo = $changedAt
  SET now.versionFrom = $changedAt, now.op = 'update', now.changed = ['areaId']
}
RETURN $leadRoleId AS leadRoleId, $engagementIds AS engagementIds
