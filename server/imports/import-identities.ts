/**
 * Gives every record of an import plan its final id, as the importing viewer: before anything is
 * written, and outside the write transaction (so a retried write reuses the same ids).
 *
 * - An actor without a chosen id was matched before (actor-matching.ts: it then carries the
 *   matched actor's id) or gets a random id; a tie without one is matched by type and ends to a
 *   tie the viewer may see, or gets a random id. A
 *   record the viewer may not see is never matched: the import then creates a separate one, and
 *   nothing tells the importer the hidden one exists.
 * - A chosen id (snapshot, Kumu ID column; every engagement and mechanism id) held by a record
 *   the viewer may see updates it; one held by anything else (a hidden actor, tie, engagement or
 *   mechanism, or an actor id reserved by a merge or a delete) is refused as taken, exactly like
 *   a create with a taken id, audited as `id_conflict` and limited per user: each taken id of the
 *   file counts as one probe, and a file
 *   whose taken ids exceed what is left of the user's allowance is refused as a whole, before
 *   any per-id answer (dry runs included).
 * - Sensitivity (actors, ties, engagements): a record already in the map keeps its level unless
 *   its row states another; a row may not raise a level above the importer's clearance, nor lower
 *   one unless the importer is cleared (on their own, not through a grant) for the current level.
 *   Lowerings are audited.
 */
import { randomUUID } from 'node:crypto';
import { createAuditLog } from '../access/audit-log.js';
import { isLowering, mayAssignSensitivity, mayLowerSensitivity, type Viewer, accessParameters } from '../access/viewer.js';
import { defaultSensitivityFor, type ImportProblem, type Sensitivity } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { countIdConflicts, findReservedIds } from '../queries/actors.js';
import {
  findEngagements,
  findHiddenActors,
  findMechanisms,
  findTies,
  matchTies,
  type HeldTieRow,
  type MatchedTieRow,
} from '../queries/import.js';
import { ID_CONFLICT_LIMIT, ID_CONFLICT_WINDOW_SECONDS } from '../services/write-identity.js';
import { because, fileProblem, type Reason } from './import-errors.js';
import { isProvisional, type ImportPlan, type PlannedLowering, type RowOrigin } from './import-plan.js';

/** An actor the viewer may see, as import/existing-records lists it. */
export interface VisibleActor {
  id: string;
  name: string;
  sensitivity: Sensitivity;
}

const TOO_MANY_TAKEN = because(
  'too many creates and imports met ids that were already taken; leave the IDs out (the server chooses them) or try again later',
  'import.too_many_taken_ids',
);

const TAKEN = (id: string) =>
  because(
    `the ID "${id}" is already taken by another record; leave the ID out (the server chooses one) or choose another`,
    'import.id_taken',
    { id },
  );

function stated(origin: RowOrigin | undefined, field: string): boolean {
  return !origin || origin.given === 'all' || origin.given.includes(field);
}

/**
 * Resolves ids in place and returns the problems (each with its row's location). Chosen ids met
 * taken are recorded in the audit log even when the import is then refused (that is the point).
 */
export async function resolveIdentities(
  db: Database,
  plan: ImportPlan,
  viewer: Viewer,
  visible: readonly VisibleActor[],
): Promise<ImportProblem[]> {
  const access = accessParameters(viewer);
  const problems: ImportProblem[] = [];
  const taken: string[] = [];
  const at = (key: string, reason: Reason) => {
    const origin = plan.origins[key];
    problems.push({ line: origin?.line ?? null, column: origin?.column ?? null, sheet: origin?.sheet ?? null, ...reason });
  };
  const checkLevel = (
    key: string,
    current: Sensitivity | null,
    next: Sensitivity | undefined,
    what: PlannedLowering['targetType'],
    id: string,
  ) => {
    if (!next || next === current) return;
    if (!mayAssignSensitivity(viewer, next))
      return at(key, because(`sensitivity ${next} is above your clearance`, 'import.sensitivity_above_clearance', { level: next }));
    if (current && isLowering(current, next)) {
      if (!mayLowerSensitivity(viewer, current))
        return at(
          key,
          because(`lowering the sensitivity from ${current} needs your own clearance for ${current}`, 'import.lowering_needs_clearance', {
            level: current,
          }),
        );
      plan.lowerings.push({ targetType: what, id, detail: `${current}->${next}` });
    }
  };

  // Actors: by chosen id, by name among visible actors, or new.
  const byId = new Map(visible.map((actor) => [actor.id, actor]));
  const actorIds = new Map<string, string>();
  const chosenUnseen = plan.actors.filter((actor) => !isProvisional(actor.id) && !byId.has(actor.id)).map((actor) => actor.id);
  const tieIdsChosen = plan.ties.filter((tie) => !isProvisional(tie.id)).map((tie) => tie.id);
  const engagementIds = plan.engagements.map((engagement) => engagement.id);
  const mechanismIds = plan.mechanisms.map((mechanism) => mechanism.id);
  let allowance = ID_CONFLICT_LIMIT;
  if (chosenUnseen.length + tieIdsChosen.length + engagementIds.length + mechanismIds.length > 0) {
    const [row] = await db.read(countIdConflicts, { userId: viewer.userId, windowSeconds: ID_CONFLICT_WINDOW_SECONDS });
    allowance = ID_CONFLICT_LIMIT - (row?.conflicts ?? 0);
    if (allowance <= 0) return [fileProblem(TOO_MANY_TAKEN)];
  }
  const [hiddenRow] = chosenUnseen.length ? await db.read(findHiddenActors, { ids: chosenUnseen, access }) : [];
  // An id a merge or another user's delete left behind is taken too (write-identity.ts, M5).
  const [reservedRow] = chosenUnseen.length ? await db.read(findReservedIds, { ids: chosenUnseen, userId: viewer.userId }) : [];
  const hidden = new Set([...(hiddenRow?.hidden ?? []), ...(reservedRow?.reserved ?? [])]);
  const origins: ImportPlan['origins'] = {};
  const existing = new Set<string>();
  for (const actor of plan.actors) {
    const key = `actor:${actor.id}`;
    const origin = plan.origins[key];
    const match = isProvisional(actor.id) ? undefined : byId.get(actor.id);
    if (hidden.has(actor.id)) {
      at(key, TAKEN(actor.id));
      taken.push(actor.id);
    }
    const id = match?.id ?? (isProvisional(actor.id) ? randomUUID() : actor.id);
    actorIds.set(actor.id, id);
    if (origin) origins[`actor:${id}`] = origin;
    if (match) {
      existing.add(`actor:${id}`);
      if (stated(origin, 'sensitivity')) checkLevel(key, match.sensitivity, actor.sensitivity, 'actor', id);
    } else {
      checkLevel(key, null, actor.sensitivity ?? defaultSensitivityFor(actor.subtype), 'actor', id);
    }
    actor.id = id;
  }
  const actorId = (id: string) => actorIds.get(id) ?? id;
  for (const tie of plan.ties) Object.assign(tie, { sourceId: actorId(tie.sourceId), targetId: actorId(tie.targetId) });
  for (const stance of plan.outputStances) stance.actorId = actorId(stance.actorId);

  // Ties: a chosen id must be free or held by this very tie, visible; others match by ends and type.
  const held = new Map<string, HeldTieRow[]>();
  if (tieIdsChosen.length) {
    for (const row of await db.read(findTies, { ids: tieIdsChosen, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, access })) {
      held.set(row.id, [...(held.get(row.id) ?? []), row]);
    }
  }
  const pairs = plan.ties
    .filter((tie) => isProvisional(tie.id))
    .map((tie) => ({ key: tie.id, sourceId: tie.sourceId, targetId: tie.targetId, type: tie.type }));
  const matched = new Map<string, MatchedTieRow>();
  if (pairs.length) {
    for (const row of await db.read(matchTies, { pairs, relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, access })) matched.set(row.key, row);
  }
  const tieIds = new Map<string, string>();
  for (const tie of plan.ties) {
    const key = `tie:${tie.id}`;
    // The same connection twice in one file (same ends and type, no ID) is one tie, as before.
    const earlier = tieIds.get(tie.id);
    if (earlier !== undefined) {
      tie.id = earlier;
      continue;
    }
    const origin = plan.origins[key];
    let current: HeldTieRow | MatchedTieRow | undefined;
    if (isProvisional(tie.id)) {
      current = matched.get(tie.id);
    } else {
      const holders = held.get(tie.id) ?? [];
      const same =
        holders.length === 1 &&
        holders[0]?.visible === true &&
        holders[0].sourceId === tie.sourceId &&
        holders[0].targetId === tie.targetId &&
        holders[0].type === tie.type;
      if (holders.length > 0 && !same) {
        at(key, TAKEN(tie.id));
        taken.push(tie.id);
      }
      current = same ? holders[0] : undefined;
    }
    const id = current ? current.id : isProvisional(tie.id) ? randomUUID() : tie.id;
    tieIds.set(tie.id, id);
    if (origin) origins[`tie:${id}`] = origin;
    if (current) {
      existing.add(`tie:${id}`);
      if (stated(origin, 'sensitivity')) checkLevel(key, current.sensitivity, tie.sensitivity, 'tie', id);
    } else {
      checkLevel(key, null, tie.sensitivity, 'tie', id);
    }
    tie.id = id;
  }

  // Engagements and mechanisms: always by their chosen id; only records the viewer may see match.
  const [engagementsHeld, mechanismsHeld] = await Promise.all([
    engagementIds.length ? db.read(findEngagements, { ids: engagementIds, access }) : [],
    mechanismIds.length ? db.read(findMechanisms, { ids: mechanismIds, access }) : [],
  ]);
  const heldEngagements = new Map(engagementsHeld.map((row) => [row.id, row]));
  for (const engagement of plan.engagements) {
    const key = `engagement:${engagement.id}`;
    const origin = plan.origins[key];
    if (origin) origins[key] = origin;
    const current = heldEngagements.get(engagement.id);
    if (current && current.visible !== true) {
      at(key, TAKEN(engagement.id));
      taken.push(engagement.id);
    } else if (current) {
      existing.add(key);
      if (stated(origin, 'sensitivity')) checkLevel(key, current.sensitivity, engagement.sensitivity, 'engagement', engagement.id);
    } else {
      checkLevel(key, null, engagement.sensitivity, 'engagement', engagement.id);
    }
  }
  const heldMechanisms = new Map(mechanismsHeld.map((row) => [row.id, row]));
  for (const mechanism of plan.mechanisms) {
    const key = `mechanism:${mechanism.id}`;
    if (plan.origins[key]) origins[key] = plan.origins[key];
    const current = heldMechanisms.get(mechanism.id);
    if (current && current.visible !== true) {
      at(key, TAKEN(mechanism.id));
      taken.push(mechanism.id);
    } else if (current) {
      existing.add(key);
    }
  }
  plan.origins = origins;
  plan.existing = [...existing];
  return answerTakenIds(db, viewer, problems, taken, allowance);
}

/**
 * Every taken id of the file is a probe, each counted against the user's allowance (one
 * `id_conflict` event lists them all; count-id-conflicts counts its ids). A file with more taken
 * ids than the allowance has left is refused as a whole, so it learns nothing per id.
 */
async function answerTakenIds(
  db: Database,
  viewer: Viewer,
  problems: ImportProblem[],
  taken: readonly string[],
  allowance: number,
): Promise<ImportProblem[]> {
  const probes = [...new Set(taken)];
  if (probes.length === 0) return problems;
  await createAuditLog(db).record({
    userId: viewer.userId,
    action: 'id_conflict',
    targetType: 'import',
    targetIds: probes,
    detail: `chosen ids taken: ${probes.length}`,
  });
  return probes.length > allowance ? [fileProblem(TOO_MANY_TAKEN)] : problems;
}
