// How many confidential or strictly confidential actors the areas of a grant request hold now that they did not hold when it was asked (`openedAtRequest`; a request from before that was recorded counts them all): the approver approved what was asked, so an approval that would open more is refused. Read in the approval's transaction.
MATCH (r:GrantRequest {id: $id})
UNWIND range(0, size(r.grantScopes) - 1) AS i
WITH r, i WHERE r.grantScopes[i] = 'area'
MATCH (area:AdminArea {id: r.grantTargets[i]})
UNWIND @confidentialActorIdsIn(area) AS actorId
WITH r, actorId WHERE NOT actorId IN coalesce(r.openedAtRequest, [])
RETURN count(DISTINCT actorId) AS arrived
