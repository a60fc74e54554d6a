// For the diff's coordination sections' set logic only (a record visible at one end of a diff and hidden at the other leaves no trace; a role or engagement is added or removed only if it did not exist at the other end), never sent to a client: per kind of record (actor, tie, role, engagement), the ids of those whose existence may differ between two dates ($lo <= $hi, epoch milliseconds), that is, a version of theirs begins or ends in ($lo, $hi], and of those, the ones that existed at $lo and at $hi, whoever may see them. Any other record existed at both dates or at neither.
// Each kind named in its own branch, the validity index named in each (without the hint the planner scans every version for a range of versionTo; versionFrom <= $hi always holds there and lets the hint apply).
CALL () {
  MATCH (v:Version {recordKind: 'actor'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionTo > $lo AND v.versionTo <= $hi AND v.versionFrom <= $hi RETURN 'actor' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'actor'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionFrom > $lo AND v.versionFrom <= $hi AND v.versionTo > $lo RETURN 'actor' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'tie'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionTo > $lo AND v.versionTo <= $hi AND v.versionFrom <= $hi RETURN 'tie' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'tie'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionFrom > $lo AND v.versionFrom <= $hi AND v.versionTo > $lo RETURN 'tie' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'role'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionTo > $lo AND v.versionTo <= $hi AND v.versionFrom <= $hi RETURN 'role' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'role'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionFrom > $lo AND v.versionFrom <= $hi AND v.versionTo > $lo RETURN 'role' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'engagement'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionTo > $lo AND v.versionTo <= $hi AND v.versionFrom <= $hi RETURN 'engagement' AS kind, v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'engagement'}) USING INDEX v:Version(recordKind, versionTo, versionFrom) WHERE v.versionFrom > $lo AND v.versionFrom <= $hi AND v.versionTo > $lo RETURN 'engagement' AS kind, v.recordId AS id
}
WITH kind, id,
     EXISTS { MATCH (early:Version {recordKind: kind, recordId: id}) WHERE early.versionFrom <= $lo AND early.versionTo > $lo } AS atLo,
     EXISTS { MATCH (late:Version {recordKind: kind, recordId: id}) WHERE late.versionFrom <= $hi AND late.versionTo > $hi } AS atHi
RETURN kind, collect(id) AS changed, [row IN collect([id, atLo]) WHERE row[1] | row[0]] AS atLo, [row IN collect([id, atHi]) WHERE row[1] | row[0]] AS atHi
