// How many records linked to the actors of a merge ($ids, all visible) the viewer may not see ($access): ties (the tie or its other end), engagements, and other linked records or links marked above the clearance. A merge touching any of them is refused.
MATCH (a:Actor)
WHERE a.id IN $ids
CALL (a) {
  MATCH (a)-[t:$any($relationshipTypes)]-(other:Actor)
  WITH t, other, startNode(t) AS s, endNode(t) AS e
  WHERE NOT (@visibleActor(other) AND @visibleTie(t, s, e))
  RETURN count(t) AS ties
}
CALL (a) {
  MATCH (a)--(g:Engagement)
  WHERE NOT @visibleEngagement(g)
  RETURN count(g) AS engagements
}
CALL (a) {
  MATCH (a)-[r]-(n)
  WHERE NOT n:Actor AND NOT n:Engagement AND NOT n:User
    AND NOT (@withinClearanceIfMarked(n) AND @withinClearanceIfMarked(r))
  RETURN count(r) AS others
}
RETURN sum(ties + engagements + others) AS hidden
