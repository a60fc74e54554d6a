// Whether an actor the viewer may see ($access) is linked to engagements or coordination mechanisms the viewer may not see, or that only it keeps visible: an engagement it took part in or held that is not visible; a visible engagement whose only visible participant it is while hidden actors take part in or hold it (deleting it would leave a meeting that exists only for others); a mechanism whose only visible member it is while hidden actors are linked to it. Deleting the actor would change those records, so it is refused.
MATCH (a:Actor {id: $id})
RETURN COUNT { MATCH (a)-[:PARTICIPATED_IN|HELD_BY]-(g:Engagement) WHERE NOT @visibleEngagement(g) }
     + COUNT { MATCH (a)-[:PARTICIPATED_IN]->(g:Engagement)
               WHERE NOT EXISTS { MATCH (other:Actor)-[:PARTICIPATED_IN]->(g) WHERE other <> a AND @visibleActor(other) }
                 AND EXISTS { MATCH (hidden:Actor)-[:PARTICIPATED_IN|HELD_BY]-(g) WHERE NOT @visibleActor(hidden) } } AS hiddenEngagements,
       COUNT { MATCH (a)--(m:CoordinationMechanism)
               WHERE NOT EXISTS { MATCH (other:Actor)-[:MEMBER_OF]->(m) WHERE other <> a AND @visibleActor(other) }
                 AND EXISTS { MATCH (hidden:Actor)--(m) WHERE NOT @visibleActor(hidden) } } AS hiddenMechanisms
