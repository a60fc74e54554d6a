// How many members of a mechanism the viewer may not see ($access), and whether its chair is one of them: writes must neither drop nor replace what the writer cannot see.
MATCH (m:CoordinationMechanism {id: $id})
RETURN count { MATCH (unseen:Actor)-[:MEMBER_OF]->(m) WHERE NOT @visibleActor(unseen) } AS hiddenMembers,
       EXISTS { MATCH (unseenChair:Actor)-[:CHAIRS]->(m) WHERE NOT @visibleActor(unseenChair) } AS hiddenChair
