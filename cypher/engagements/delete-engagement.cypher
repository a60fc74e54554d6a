// Delete an engagement the viewer may see ($access) with its links; the caller has checked that none of its participants or its section is hidden from the viewer.
MATCH (g:Engagement {id: $id})
WHERE @visibleEngagement(g)
DETACH DELETE g
RETURN count(*) AS deleted
