// How an engagement's follow-up actions are stored and read back, in one place. A Neo4j property
// cannot hold a list of maps, so they are three lists of the same length on the engagement node:
// followUpTexts, followUpDues ('' for no due date: a list cannot hold null) and followUpDone.
// Lists keep them queryable in Cypher (overdue actions) with no JSON to parse. Used by the
// engagement reads and the snapshot export; writers set the three lists from the contract.
// @fragment projectedFollowUps(ENGAGEMENT)
followUps: [i IN range(0, size(coalesce(ENGAGEMENT.followUpTexts, [])) - 1) | {
  text: ENGAGEMENT.followUpTexts[i],
  due: CASE WHEN coalesce(ENGAGEMENT.followUpDues[i], '') = '' THEN null ELSE ENGAGEMENT.followUpDues[i] END,
  done: coalesce(ENGAGEMENT.followUpDone[i], false)
}]
