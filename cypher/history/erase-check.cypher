// Before erasing an actor's history ($id): whether the actor still exists, how many of its versions the caller may see ($access), and how many versions of ties naming it at either end are above the caller's clearance.
RETURN EXISTS { MATCH (:Actor {id: $id}) } AS live,
       COUNT { MATCH (v:Version {recordKind: 'actor', recordId: $id}) WHERE @visibleActorVersion(v) } AS seen,
       COUNT { MATCH (t:Version {recordKind: 'tie'}) WHERE (t.sourceId = $id OR t.targetId = $id) AND NOT @versionWithinClearance(t) } AS hiddenTies
