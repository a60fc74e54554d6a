// Write the present state of each lead or support role in $ids as its open version, closing the one it replaces: the relationship's properties plus relationshipType ('LEADS' or 'SUPPORTS': a retype is a change of it), actorId and outputId; areaIds are the role's own (a field here, compared like any other). Looked up per type so each type's id index serves it. Same parameters as record-engagement-versions.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor)-[r:LEADS {id: id}]->(o:Output) RETURN a, r, o
  UNION
  MATCH (a:Actor)-[r:SUPPORTS {id: id}]->(o:Output) RETURN a, r, o
}
WITH r, r {.*, relationshipType: type(r), actorId: a.id, outputId: o.id, areaIds: coalesce(r.areaIds, [])} AS state
OPTIONAL MATCH (open:Version {recordKind: 'role', recordId: r.id, versionTo: $openEnd})
// A link that is absent now and was absent then (no section, no chair) is no change: null = null is not true in Cypher.
WITH r, state, open,
     CASE WHEN open IS NULL THEN [k IN keys(state) WHERE NOT k IN $ignored AND state[k] IS NOT NULL]
     ELSE [k IN keys(state) WHERE NOT k IN $ignored AND NOT (state[k] IS NULL AND open[k] IS NULL) AND NOT coalesce(state[k] = open[k], false)]
          + [k IN keys(open) WHERE NOT k IN $ignored AND NOT k IN $meta AND NOT k IN keys(state)]
     END AS changed
WHERE open IS NULL OR size(changed) > 0
// Never before the version it closes (a load dated in the past over newer history): no interval ends before it begins.
WITH *, CASE WHEN open IS NOT NULL AND open.versionFrom > $now THEN open.versionFrom ELSE $now END AS startsAt
SET open.versionTo = startsAt
CREATE (v:Version)
SET v = state
// Not the record's id nor its import stamps: queries that find records by them (import undo) must never find a version.
REMOVE v.id, v.writeToken, v.createdByImport, v.writtenByImport, v.writtenByImportAt
SET v.versionId = randomUUID(), v.recordKind = 'role', v.recordId = r.id, v.versionFrom = startsAt, v.versionTo = $openEnd,
    v.op = $op, v.by = $by, v.changed = changed, v.areaIds = state.areaIds
// Every version of the record takes the level of the newest, as for actors: a record raised since is hidden in its past too.
WITH v, r, r.id AS recordId
CALL (v, r, recordId) {
  MATCH (version:Version {recordKind: 'role', recordId: recordId})
  SET version.recordLevel = r.sensitivity
}
RETURN count(v) AS written
