// Erase a deleted actor's history ($id): every version of the actor and every version of a tie that named it at either end. Returns how many versions were erased.
OPTIONAL MATCH (v:Version {recordKind: 'actor', recordId: $id})
WITH collect(v) AS actorVersions
OPTIONAL MATCH (t:Version {recordKind: 'tie'})
WHERE t.sourceId = $id OR t.targetId = $id
WITH actorVersions, collect(t) AS tieVersions
WITH actorVersions + tieVersions AS versions
FOREACH (version IN versions | DETACH DELETE version)
RETURN size(versions) AS erased
