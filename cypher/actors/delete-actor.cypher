// Delete an actor the viewer may see ($access) and every relationship it has (its ties, roles, area links, participations), and leave a tombstone that reserves its id ($userId: who deleted it): grants and area-grant `opened` lists name actors by id, so no new record may take it over. The caller has refused actors with hidden ties, engagements or mechanisms.
MATCH (a:Actor {id: $id})
WHERE @visibleActor(a)
DETACH DELETE a
MERGE (tomb:RetiredActor {id: $id})
SET tomb.retiredAt = datetime(), tomb.retiredBy = $userId
RETURN count(*) AS deleted
