// The ids of the actors and ties whose record may differ between two dates ($lo <= $hi, epoch milliseconds), for the viewer ($access): a version of theirs begins or ends in ($lo, $hi], or (a tie) an end of theirs is judged differently at the two dates (a tie is judged with its ends' versions: @visibleTieVersion reads an end only through @visibleActorVersion, @openedByGrantVersion and @sensitivityRank). Any other record holds the same version at both dates, judged the same: the diff reads only these. Never sent to a client.
// The validity index is named where a range of versionTo is read (without the hint the planner scans every version; versionFrom <= $hi always holds there and lets the hint apply).
WITH COLLECT {
  MATCH (v:Version {recordKind: 'actor'}) USING INDEX v:Version(recordKind, versionTo, versionFrom)
  WHERE v.versionTo > $lo AND v.versionTo <= $hi AND v.versionFrom <= $hi RETURN v.recordId AS id
  UNION
  MATCH (v:Version {recordKind: 'actor'}) WHERE v.versionFrom > $lo AND v.versionFrom <= $hi AND v.versionTo > $lo RETURN v.recordId AS id
} AS actorIds
CALL (actorIds) {
  UNWIND actorIds AS actorId
  OPTIONAL MATCH (early:Version {recordKind: 'actor', recordId: actorId}) WHERE early.versionFrom <= $lo AND early.versionTo > $lo
  OPTIONAL MATCH (late:Version {recordKind: 'actor', recordId: actorId}) WHERE late.versionFrom <= $hi AND late.versionTo > $hi
  WITH actorId, early, late
  // Unknown (null) counts as different: reading one tie too many costs little, missing one would be wrong.
  WHERE early IS NULL OR late IS NULL
     OR NOT coalesce(@visibleActorVersion(early) = @visibleActorVersion(late), false)
     OR NOT coalesce(@openedByGrantVersion(early) = @openedByGrantVersion(late), false)
     OR NOT coalesce(@sensitivityRank(early) = @sensitivityRank(late), false)
  RETURN collect(actorId) AS rejudged
}
RETURN actorIds, COLLECT {
  MATCH (t:Version {recordKind: 'tie'}) USING INDEX t:Version(recordKind, versionTo, versionFrom)
  WHERE t.versionTo > $lo AND t.versionTo <= $hi AND t.versionFrom <= $hi RETURN t.recordId AS id
  UNION
  MATCH (t:Version {recordKind: 'tie'}) WHERE t.versionFrom > $lo AND t.versionFrom <= $hi AND t.versionTo > $lo RETURN t.recordId AS id
  UNION
  UNWIND rejudged AS actorId
  MATCH (t:Version {sourceId: actorId})
  WHERE t.recordKind = 'tie' AND ((t.versionFrom <= $lo AND t.versionTo > $lo) OR (t.versionFrom <= $hi AND t.versionTo > $hi))
  RETURN t.recordId AS id
  UNION
  UNWIND rejudged AS actorId
  MATCH (t:Version {targetId: actorId})
  WHERE t.recordKind = 'tie' AND ((t.versionFrom <= $lo AND t.versionTo > $lo) OR (t.versionFrom <= $hi AND t.versionTo > $hi))
  RETURN t.recordId AS id
} AS tieIds
