// The ids of every engagement, lead or support role, coordination mechanism, admin area and claim: what a bulk write (import undo, a merge, the start-up baseline) brings their history up to date with, as current-record-ids does for actors and ties.
RETURN COLLECT { MATCH (g:Engagement) RETURN g.id } AS engagementIds,
       COLLECT { MATCH (:Actor)-[r:LEADS|SUPPORTS]->(:Output) WHERE r.id IS NOT NULL RETURN r.id } AS roleIds,
       COLLECT { MATCH (m:CoordinationMechanism) RETURN m.id } AS mechanismIds,
       COLLECT { MATCH (area:AdminArea) RETURN area.id } AS areaIds,
       COLLECT { MATCH (claim:Claim) RETURN claim.id } AS claimIds
