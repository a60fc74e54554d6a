// After actor $id was deleted: the engagements and mechanisms whose open versions still name it (a participant, the holding section, a member, the chair), whose links its delete removed and which therefore need a new version; and the open versions of its lead and support roles, which went with it, closed at $now.
CALL () {
  MATCH (open:Version {recordKind: 'role', versionTo: $openEnd})
  WHERE open.actorId = $id
  SET open.versionTo = $now, open.endOp = $op, open.endBy = $by
  RETURN count(open) AS closedRoles
}
RETURN closedRoles,
       COLLECT { MATCH (open:Version {recordKind: 'engagement', versionTo: $openEnd}) WHERE $id IN open.actorIds OR open.sectionId = $id RETURN open.recordId } AS engagementIds,
       COLLECT { MATCH (open:Version {recordKind: 'mechanism', versionTo: $openEnd}) WHERE $id IN open.memberIds OR open.chairId = $id RETURN open.recordId } AS mechanismIds
