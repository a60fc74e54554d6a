// The claims open at $at that the viewer may see as they were then (@visibleClaimVersion: their source, and their tie or actor as of $at), on ties and on actors, with the level they count at and their source's reliability (sources keep no versions: today's reliability, 'F' for a source deleted since): the grade input of the map and the analyses as of a date, in one read.
MATCH (v:Version {recordKind: 'claim'})
WHERE v.versionTo > $at AND v.versionFrom <= $at
WITH v, $at AS at
WHERE @visibleClaimVersion(v, at)
OPTIONAL MATCH (source:Source {id: v.fromSourceId})
RETURN v.tieId AS tieId, v.actorId AS actorId, v.recordId AS id, v.fromSourceId AS sourceId,
       coalesce(source.reliability, 'F') AS reliability, coalesce(v.recordLevel, 'internal') AS sensitivity,
       v.credibility AS credibility, v.exists AS exists, v.attribute AS attribute, v.value AS value
