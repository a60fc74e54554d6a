// The one need-to-know rule. The query store inserts these fragments, as fixed text, wherever a
// query writes @visibleActor(a), @openedByGrant(a) or @visibleTie(t, s, e); no other file spells
// the rule out (tests/unit/visibility-fragment.test.ts fails if one does). `$access` is built by
// server/access/viewer.ts: the sensitivity levels the viewer is cleared for, and the actors and
// admin areas their grants open.
//
// An actor is visible when its sensitivity is within the viewer's clearance, or a grant opens it:
// an actor grant names it, or an area grant names an admin area it is based or active in and
// either it is public or internal, or it is one of the confidential or strictly confidential
// actors that were in the area when the grant was given (`$access.actorIdsOpenedByAreas`, the
// `opened` list recorded on each area grant by access/approve-grant-request and
// access/replace-grants). Why: a grant opens what a second administrator approved. If area links
// alone decided, anyone who may edit an actor (through a grant, too) could publish a confidential
// actor to every holder of an area grant by adding the area to its basedIn or activeIn, or a 3W
// re-import could, with no second administrator and no lowered sensitivity. An actor that moves
// into the area later, or is raised to confidential there, stays hidden from area-grant holders
// until a second administrator approves the area grant again (a new grant request).
//
// A tie is visible when both its ends are visible (each query checks its ends with
// @visibleActor, or against a list of actors already found visible) and either the tie's own
// sensitivity is within the clearance, or one of its ends is opened by a grant and the tie is no
// more sensitive than that end. A grant on a confidential human rights defender thus shows that
// defender's confidential ties, but never a strictly confidential tie of theirs.
// A tie without a sensitivity counts as internal.

// @fragment visibleActor(ACTOR)
(ACTOR.sensitivity IN $access.levels OR @openedByGrant(ACTOR))

// @fragment openedByGrant(ACTOR)
(ACTOR.id IN $access.actorIds
 OR (size($access.areaIds) > 0
     AND (ACTOR.sensitivity IN ['public', 'internal'] OR ACTOR.id IN $access.actorIdsOpenedByAreas)
     AND @inGrantedArea(ACTOR)))

// Based or active in an area a grant names, whatever the actor's sensitivity: what an area grant
// would open if a second administrator approved it now (access/count-confidential-opened).
// The subquery starts from the granted area ids, not from the actor's links: Neo4j plans an
// EXISTS as a semi-apply that runs for every row whatever guards it, so a guard such as
// size(...) > 0 did not stop it expanding every actor's area links (1.2 million db hits per
// 20,000-actor map for a viewer with no area grant); with no area grant the UNWIND is empty.
// @fragment inGrantedArea(ACTOR)
EXISTS { UNWIND $access.areaIds AS grantedAreaId MATCH (ACTOR)-[:BASED_IN|ACTIVE_IN]->(opened:AdminArea {id: grantedAreaId}) }

// The ids of the confidential or strictly confidential actors based or active in an admin area:
// recorded on an area grant when it is given (see the actor rule above).
// @fragment confidentialActorIdsIn(AREA)
COLLECT { MATCH (inside:Actor)-[:BASED_IN|ACTIVE_IN]->(AREA) WHERE inside.sensitivity IN ['confidential', 'strictly_confidential'] RETURN DISTINCT inside.id }

// @fragment visibleTie(TIE, SOURCE, TARGET)
(coalesce(TIE.sensitivity, 'internal') IN $access.levels
 OR (@openedByGrant(SOURCE) AND @sensitivityRank(TIE) <= @sensitivityRank(SOURCE))
 OR (@openedByGrant(TARGET) AND @sensitivityRank(TIE) <= @sensitivityRank(TARGET)))

// @fragment sensitivityRank(RECORD)
CASE coalesce(RECORD.sensitivity, 'internal')
  WHEN 'public' THEN 0 WHEN 'internal' THEN 1 WHEN 'confidential' THEN 2 ELSE 3 END

// An engagement (a meeting, a consultation) is visible when its own sensitivity (absent: internal)
// is within the viewer's clearance and at least one of its participants is visible. Grants open
// actors, not meetings: a grant on a participant does not open a confidential engagement. A
// meeting none of whose participants the viewer may see does not exist for them, so a one-day
// window of the engagement analysis cannot reveal that it took place. Queries that list
// participants still list only the visible ones.
// @fragment visibleEngagement(ENGAGEMENT)
(coalesce(ENGAGEMENT.sensitivity, 'internal') IN $access.levels
 AND EXISTS { MATCH (participant:Actor)-[:PARTICIPATED_IN]->(ENGAGEMENT) WHERE @visibleActor(participant) })

// Field-level authorization: which free-text and judgement fields of a visible record a role
// receives. `$fields` is built from the role by server/presenters/field-access.ts (the table is
// there and in the README); a withheld field is projected as null here, so it never leaves the
// database, and the presenter leaves it out of the response. Used after `.*` in a map projection,
// whose later keys replace the stored ones.
// @fragment projectedActorFields(ACTOR)
description: CASE WHEN $fields.actorDescription THEN ACTOR.description END,
needs: CASE WHEN $fields.actorNeeds THEN ACTOR.needs END,
@projectedStance(ACTOR)

// The map needs only the stance of the actor fields the table governs.
// @fragment projectedStance(ACTOR)
stance: CASE WHEN $fields.actorStance THEN ACTOR.stance END

// @fragment projectedTieFields(TIE)
source: CASE WHEN $fields.tieSource THEN TIE.source END,
description: CASE WHEN $fields.tieDescription THEN TIE.description END

// A coordination mechanism is visible when at least one of its members is visible: a mechanism
// none of whose members the viewer may see does not exist for them (its id, areas and outputs
// included). Queries that list members still list only the visible ones.
// @fragment visibleMechanism(MECHANISM)
EXISTS { MATCH (visibleMember:Actor)-[:MEMBER_OF]->(MECHANISM) WHERE @visibleActor(visibleMember) }

// An engagement's summary (what was said) is withheld from roles that do not receive it, like an
// actor's description (see server/presenters/field-access.ts).
// @fragment projectedEngagementFields(ENGAGEMENT)
summary: CASE WHEN $fields.engagementSummary THEN ENGAGEMENT.summary END

// A record or link that may carry a sensitivity of its own (a coordination mechanism, an output
// role, a link added later): when marked, it is within the clearance; unmarked, it follows the
// actors it links. Merges refuse to move what fails this.
// @fragment withinClearanceIfMarked(RECORD)
(RECORD.sensitivity IS NULL OR RECORD.sensitivity IN $access.levels)

// A record whose sensitivity (absent: internal) is within the viewer's clearance, whatever grants
// they hold: what an undone merge restores (a tie kept as a snapshot has no ends to be opened by).
// @fragment withinClearance(RECORD)
(coalesce(RECORD.sensitivity, 'internal') IN $access.levels)

// Sources and claims (issue #15). A source is visible when its sensitivity (absent: internal) is
// within the viewer's clearance; grants open actors, not sources, so a grant on an actor never
// shows a strictly confidential key informant. A claim is visible when its source is and the tie
// or actor it is about is visible. The evidence grade of a tie or actor is stored per clearance
// level (lists of four, index = the highest level the viewer is cleared for) by
// server/evidence/evidence-grades.ts, each computed from the claims whose sources that level sees:
// the grade a viewer gets is computed only from what they may see, and costs a property read.
// @fragment visibleSource(SOURCE)
(coalesce(SOURCE.sensitivity, 'internal') IN $access.levels)

//
// A tie claim finds its tie from the tie's two ends, which the claim keeps (`tieStartId`,
// `tieEndId`: set wherever a claim is written, moved with the ties a merge re-points or its undo
// puts back, backfilled at start-up: server/evidence/claim-ties.ts), then the tie between them by
// id. Why: a relationship has no index across types, so finding it by id alone scanned every
// relationship for every claim (/api/claims did not answer within its bench samples at 7,200
// claims); two unique-index seeks on the ends and an expand between them cost a few db hits.
// A claim whose ends do not lead to its tie is not visible, as if its tie did not exist.
// @fragment visibleClaim(CLAIM, SOURCE)
(@visibleSource(SOURCE)
 AND (EXISTS { MATCH (CLAIM)-[:ABOUT]->(claimActor:Actor) WHERE @visibleActor(claimActor) }
      OR EXISTS { MATCH (tieStart:Actor {id: CLAIM.tieStartId})-[claimTie:$any($relationshipTypes)]->(tieEnd:Actor {id: CLAIM.tieEndId})
                  WHERE claimTie.id = CLAIM.tieId AND @visibleActor(tieStart) AND @visibleActor(tieEnd) AND @visibleTie(claimTie, tieStart, tieEnd) }))

// The evidence of a tie or actor at the viewer's clearance, as the `evidence` map of the API.
// @fragment evidenceOf(RECORD)
{grade: coalesce(RECORD.evidenceGrades[size($access.levels) - 1], 'unsourced'),
 claims: coalesce(RECORD.evidenceClaims[size($access.levels) - 1], 0),
 sources: coalesce(RECORD.evidenceSources[size($access.levels) - 1], 0),
 contested: coalesce(RECORD.evidenceContested[size($access.levels) - 1], false)}

// The evidence of a tie or actor at every clearance from public up to the viewer's, lowest first:
// an export for a lower audience (redaction profiles) reports the grade that audience's sources give.
// @fragment evidenceByLevelOf(RECORD)
[evidenceLevel IN range(0, size($access.levels) - 1) |
 {grade: coalesce(RECORD.evidenceGrades[evidenceLevel], 'unsourced'), contested: coalesce(RECORD.evidenceContested[evidenceLevel], false)}]

// Whether the claims the viewer may see on this claim's tie or attribute disagree.
// @fragment claimContested(CLAIM)
coalesce(CLAIM.contestedAt[size($access.levels) - 1], false)

// The grade alone, for filters (the analyses' evidence=corroborated).
// @fragment evidenceGradeOf(RECORD)
coalesce(RECORD.evidenceGrades[size($access.levels) - 1], 'unsourced')
// The stance as a column of its own (`@stanceIfReceived(a) AS stance`), for queries that return
// columns rather than a map: the same rule as projectedStance.
// @fragment stanceIfReceived(ACTOR)
CASE WHEN $fields.actorStance THEN ACTOR.stance END
// History (server/history, issue 14): a version of a record is judged as the record was then. An
// actor version by its own sensitivity, its actor's id and the admin areas it was based or active
// in then (`areaIds`), exactly as @visibleActor judges the actor; a tie version by its own
// sensitivity and the versions of its two ends open at the same date, as @visibleTie does. So a
// past map, a record's history and a diff show a viewer only what they could have seen then with
// today's clearance and grants.
// A version is judged at its own level and at the level of the record's newest version
// (`recordLevel`): a record raised since is hidden in its past as well.
// @fragment visibleActorVersion(VERSION)
((VERSION.sensitivity IN $access.levels AND coalesce(VERSION.recordLevel, VERSION.sensitivity) IN $access.levels)
 OR @openedByGrantVersion(VERSION))

// @fragment openedByGrantVersion(VERSION)
(VERSION.recordId IN $access.actorIds
 OR (size($access.areaIds) > 0
     AND ((VERSION.sensitivity IN ['public', 'internal'] AND coalesce(VERSION.recordLevel, VERSION.sensitivity) IN ['public', 'internal'])
          OR VERSION.recordId IN $access.actorIdsOpenedByAreas)
     AND any(versionArea IN coalesce(VERSION.areaIds, []) WHERE versionArea IN $access.areaIds)))

// @fragment visibleTieVersion(TIE, SOURCE, TARGET)
(@visibleActorVersion(SOURCE) AND @visibleActorVersion(TARGET)
 AND (@tieVersionWithinClearance(TIE) OR @tieVersionOpenedThrough(TIE, SOURCE) OR @tieVersionOpenedThrough(TIE, TARGET)))

// The two halves of a tie version's own test, for a query that has already found its ends visible
// (the diff's lean map reads the visible actors first, then tests a tie's ends against their ids
// and reads an end's version only when the tie is above the viewer's clearance).
// @fragment tieVersionWithinClearance(TIE)
(coalesce(TIE.sensitivity, 'internal') IN $access.levels AND coalesce(TIE.recordLevel, TIE.sensitivity, 'internal') IN $access.levels)

// @fragment tieVersionOpenedThrough(TIE, END)
(@openedByGrantVersion(END) AND @sensitivityRank(TIE) <= @sensitivityRank(END))

// A version within the caller's clearance by its own level and its record's newest level (no
// grant counts): what erasing a deleted actor's history requires of every tie version naming it.
// @fragment versionWithinClearance(VERSION)
(coalesce(VERSION.sensitivity, 'internal') IN $access.levels
 AND coalesce(VERSION.recordLevel, VERSION.sensitivity, 'internal') IN $access.levels)

// History of engagements, roles, mechanisms and claims (server/history/linked-record-versions.ts):
// each version is judged as its record was then, like the present-day rule of its kind, with the
// actor versions open at the date AT in place of the actors. An engagement version: its own level
// and its record's newest level within the clearance (grants open actors, not meetings), and at
// least one participant visible as of AT. A mechanism version: at least one member visible as of AT.
// A role version follows its actor's version of the same date (the caller matches it, as for ties).
// A claim version: the level of its source when it was written (`recordLevel`) within the
// clearance, its source today not hidden (a source raised since hides its past claims too), and its
// subject visible as of AT. Admin areas are public reference data: no rule.
// @fragment visibleEngagementVersion(VERSION, AT)
(coalesce(VERSION.sensitivity, 'internal') IN $access.levels
 AND coalesce(VERSION.recordLevel, VERSION.sensitivity, 'internal') IN $access.levels
 AND EXISTS { MATCH (participantVersion:Version {recordKind: 'actor'})
              WHERE participantVersion.recordId IN VERSION.actorIds AND participantVersion.versionFrom <= AT AND participantVersion.versionTo > AT
                AND @visibleActorVersion(participantVersion) })

// @fragment visibleMechanismVersion(VERSION, AT)
EXISTS { MATCH (memberVersion:Version {recordKind: 'actor'})
         WHERE memberVersion.recordId IN VERSION.memberIds AND memberVersion.versionFrom <= AT AND memberVersion.versionTo > AT
           AND @visibleActorVersion(memberVersion) }

// The ids in a version's list (participants, members) whose actor versions open at AT the viewer may see, sorted.
// @fragment visibleActorIdsAsOf(IDS, AT)
COLLECT { MATCH (listedVersion:Version {recordKind: 'actor'})
          WHERE listedVersion.recordId IN IDS AND listedVersion.versionFrom <= AT AND listedVersion.versionTo > AT
            AND @visibleActorVersion(listedVersion)
          RETURN listedVersion.recordId ORDER BY listedVersion.recordId }

// @fragment visibleRoleVersion(VERSION, ACTOR_VERSION)
(@visibleActorVersion(ACTOR_VERSION) AND (VERSION.sensitivity IS NULL OR VERSION.sensitivity IN $access.levels))

// @fragment visibleClaimVersion(VERSION, AT)
(coalesce(VERSION.recordLevel, 'internal') IN $access.levels
 AND NOT EXISTS { MATCH (claimSourceNow:Source {id: VERSION.fromSourceId}) WHERE NOT @visibleSource(claimSourceNow) }
 AND (EXISTS { MATCH (claimActorVersion:Version {recordKind: 'actor', recordId: VERSION.actorId})
               WHERE claimActorVersion.versionFrom <= AT AND claimActorVersion.versionTo > AT AND @visibleActorVersion(claimActorVersion) }
      OR EXISTS { MATCH (claimTieVersion:Version {recordKind: 'tie', recordId: VERSION.tieId})
                  WHERE claimTieVersion.versionFrom <= AT AND claimTieVersion.versionTo > AT
                  MATCH (claimStartVersion:Version {recordKind: 'actor', recordId: claimTieVersion.sourceId})
                  WHERE claimStartVersion.versionFrom <= AT AND claimStartVersion.versionTo > AT
                  MATCH (claimEndVersion:Version {recordKind: 'actor', recordId: claimTieVersion.targetId})
                  WHERE claimEndVersion.versionFrom <= AT AND claimEndVersion.versionTo > AT
                    AND @visibleTieVersion(claimTieVersion, claimStartVersion, claimEndVersion) }))
