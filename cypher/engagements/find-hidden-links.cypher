// How many of an engagement's participants and holding sections the viewer may not see ($access): a write must keep those links, so the engagement is not deleted, nor its section replaced, by them.
MATCH (g:Engagement {id: $id})
RETURN COUNT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(g) WHERE NOT @visibleActor(a) } AS hiddenParticipants,
       COUNT { MATCH (g)-[:HELD_BY]->(section:Actor) WHERE NOT @visibleActor(section) } AS hiddenSections
