// How many access grants name an admin area: granted ones, and area grants still waiting for a second administrator's approval.
MATCH (area:AdminArea {id: $id})
RETURN COUNT { MATCH (:User)-[:GRANTED {scope: 'area'}]->(area) }
     + COUNT { MATCH (request:GrantRequest {status: 'pending'})
               WHERE any(i IN range(0, size(coalesce(request.grantTargets, [])) - 1)
                         WHERE request.grantTargets[i] = area.id AND request.grantScopes[i] = 'area') } AS grants
