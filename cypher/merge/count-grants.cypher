// How many grants would a merge of the actors $ids change: actor grants naming any of them, and area grants whose recorded `opened` list names any of them. A merge would move such a grant or widen what it opens without a second administrator, so it is refused until an administrator revokes the grant.
MATCH (:User)-[g:GRANTED]->(target)
WHERE (target:Actor AND target.id IN $ids)
   OR any(opened IN coalesce(g.opened, []) WHERE opened IN $ids)
RETURN count(g) AS grants
