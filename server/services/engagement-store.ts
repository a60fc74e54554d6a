/**
 * Reads and writes engagements: the work behind /api/engagements, one transaction per request.
 * Need to know as for actors and ties: an engagement the viewer may not see (@visibleEngagement)
 * answers exactly like one that does not exist, a write may name only actors and sections the
 * viewer may see, and no write of theirs removes a link to an actor they may not see.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { EngagementCreate, EngagementListQuery, EngagementPage, EngagementPatch, LoggedEngagement } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { alreadyExists, conflict, missingReferences, notFound, nounCode, problem, type FieldProblem } from '../errors.js';
import { engagementPresenterFor } from '../presenters/engagement.js';
import { fieldAccess } from '../presenters/field-access.js';
import { assertMayAssign, assertMayChangeSensitivity } from './reference-check.js';
import type { WriteContext } from './write-context.js';
import { assertMayChooseId, writeIdentity } from './write-identity.js';
import { followUpProperties } from './record-properties.js';
import { closeLinkedVersion, recordLinkedVersions } from '../history/linked-record-versions.js';
import { findMissingActors } from '../queries/actors.js';
import { findMissingAreas } from '../queries/areas.js';
import {
  createEngagement,
  deleteEngagement,
  findHiddenLinks,
  findMissingSections,
  getEngagement,
  listEngagements,
  updateEngagement,
} from '../queries/engagements.js';
import { findMissingOutputs } from '../queries/outputs.js';
import type { WithAccess } from '../queries/rows.js';

export interface EngagementStore {
  list(query: EngagementListQuery, viewer: Viewer): Promise<EngagementPage>;
  get(id: string, viewer: Viewer): Promise<LoggedEngagement>;
  /** Creates an engagement; the same `idempotencyKey` twice (from the same user) creates it once. */
  create(input: EngagementCreate, viewer: Viewer, context?: WriteContext): Promise<LoggedEngagement>;
  update(id: string, patch: EngagementPatch, viewer: Viewer, context?: WriteContext): Promise<LoggedEngagement>;
  remove(id: string, viewer: Viewer, context?: WriteContext): Promise<void>;
}

/** Same wording as for actors: it says nothing of what the caller may not see. */
const NOT_DELETABLE = 'This engagement cannot be deleted with your access; ask someone cleared for all its records to delete it';
const SECTION_FIXED = 'The section of this engagement cannot be changed with your access; ask someone cleared for all its records';

interface ReferenceList {
  query: 'actors/find-missing-actors' | 'areas/find-missing-areas' | 'outputs/find-missing-outputs' | 'engagements/find-missing-sections';
  /** `body.actorIds`; a list's problems are located at each item (`body.actorIds.2`), as zod locates them. */
  path: string;
  what: string;
  ids: readonly string[] | undefined;
  single?: boolean;
}

/** The handle behind each kind of reference; keyed by the name so a new kind without one does not compile. */
const FIND_MISSING = {
  'actors/find-missing-actors': findMissingActors,
  'areas/find-missing-areas': findMissingAreas,
  'outputs/find-missing-outputs': findMissingOutputs,
  'engagements/find-missing-sections': findMissingSections,
} satisfies Record<ReferenceList['query'], unknown>;

/** Checks references inside the write; hidden records count as missing. 409 naming each. */
async function assertReferencesVisible(tx: Transaction, viewer: Viewer, references: readonly ReferenceList[]): Promise<void> {
  const problems: FieldProblem[] = [];
  const access = accessParameters(viewer);
  for (const reference of references) {
    const ids = reference.ids ?? [];
    if (ids.length === 0) continue;
    const params: WithAccess & { ids: string[] } = { ids: [...new Set(ids)], access };
    const [row] = await tx.run(FIND_MISSING[reference.query], params);
    const missing = new Set(row?.missing ?? []);
    ids.forEach((id, index) => {
      if (!missing.has(id)) return;
      const path = reference.single ? reference.path : `${reference.path}.${index}`;
      problems.push(problem(path, `no ${reference.what} with id "${id}"`, 'field.missing_record', { what: nounCode(reference.what), id }));
    });
  }
  if (problems.length > 0) {
    throw missingReferences(problems);
  }
}

function referencesOf(input: Partial<Pick<EngagementCreate, 'sectionId' | 'areaId' | 'actorIds' | 'outputIds'>>): ReferenceList[] {
  return [
    {
      query: 'engagements/find-missing-sections',
      path: 'body.sectionId',
      what: 'mission section',
      ids: input.sectionId ? [input.sectionId] : [],
      single: true,
    },
    { query: 'areas/find-missing-areas', path: 'body.areaId', what: 'admin area', ids: input.areaId ? [input.areaId] : [], single: true },
    { query: 'actors/find-missing-actors', path: 'body.actorIds', what: 'actor', ids: input.actorIds },
    { query: 'outputs/find-missing-outputs', path: 'body.outputIds', what: 'output', ids: input.outputIds },
  ];
}

export function createEngagementStore(db: Database): EngagementStore {
  // These records are read by no credential or grant check: their writes leave cached credentials good.
  const writeRecords = <T>(work: (tx: Transaction) => Promise<T>) => db.writeTransaction(work, { leavesAccessAlone: true });

  async function readEngagement(tx: Pick<Transaction, 'run'>, id: string, viewer: Viewer): Promise<LoggedEngagement> {
    const fields = fieldAccess(viewer);
    const [row] = await tx.run(getEngagement, { id, access: accessParameters(viewer), fields });
    if (!row) throw notFound('engagement', id);
    return engagementPresenterFor(fields)(row.engagement);
  }

  async function hiddenLinks(tx: Transaction, id: string, viewer: Viewer): Promise<{ participants: number; sections: number }> {
    const [row] = await tx.run(findHiddenLinks, { id, access: accessParameters(viewer) });
    return { participants: row?.hiddenParticipants ?? 0, sections: row?.hiddenSections ?? 0 };
  }

  return {
    async list(query, viewer) {
      const fields = fieldAccess(viewer);
      const [row] = await db.read(listEngagements, {
        access: accessParameters(viewer),
        fields,
        actors: query.actor ?? null,
        areas: query.area ?? null,
        sections: query.section ?? null,
        outputs: query.output ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        limit: query.limit,
        offset: query.offset,
      });
      const items = (row?.items ?? []).map(engagementPresenterFor(fields));
      return { items, total: row?.total ?? 0, limit: query.limit, offset: query.offset };
    },

    get: (id, viewer) => readEngagement({ run: db.read }, id, viewer),

    async create(input, viewer, context) {
      assertMayAssign(viewer, input.sensitivity);
      if (input.id !== undefined) await assertMayChooseId(db, viewer);
      const { id, writeToken } = writeIdentity(input.id, context?.idempotencyKey, viewer.userId);
      const { sectionId, areaId, actorIds, outputIds, followUps, id: _chosen, ...properties } = input;
      const created = await writeRecords(async (tx) => {
        await assertReferencesVisible(tx, viewer, referencesOf(input));
        const [row] = await tx.run(createEngagement, {
          properties: { ...properties, id, ...followUpProperties(followUps), fictional: false },
          writeToken,
          sectionId,
          areaId,
          actorIds,
          outputIds,
        });
        if (row?.ours !== true) return null;
        // A repeated Idempotency-Key (or a driver retry) returns the stored engagement and writes nothing.
        if (row.created === true) {
          // Its first version (server/history), in the transaction of the create.
          await recordLinkedVersions(tx, 'engagement', [id], { op: 'create', by: viewer.userId });
          await context?.audit?.recordIn(tx, [id]);
        }
        return readEngagement(tx, id, viewer);
      });
      if (!created) {
        // A taken chosen id, recorded outside the refused write (as for actors and ties, write-identity.ts).
        await context?.audit?.recordNow({ action: 'id_conflict', targetType: 'engagement', targetIds: [id], detail: 'chosen id taken' });
        throw alreadyExists('engagement', id, 'An');
      }
      return created;
    },

    update: (id, patch, viewer, context) =>
      writeRecords(async (tx) => {
        const current = await readEngagement(tx, id, viewer);
        const lowered = assertMayChangeSensitivity(viewer, current.sensitivity, patch.sensitivity);
        if (patch.sectionId !== undefined && patch.sectionId !== current.sectionId && (await hiddenLinks(tx, id, viewer)).sections > 0) {
          throw conflict(SECTION_FIXED, [
            problem('body.sectionId', 'cannot be changed with your access', 'field.not_changeable_with_access'),
          ]).saying('conflict.not_changeable');
        }
        await assertReferencesVisible(tx, viewer, referencesOf(patch));
        const { sectionId, areaId, actorIds, outputIds, followUps, ...properties } = patch;
        await tx.run(updateEngagement, {
          id,
          access: accessParameters(viewer),
          properties: { ...properties, ...(followUps ? followUpProperties(followUps) : {}) },
          sectionId: sectionId ?? null,
          areaId: areaId ?? null,
          actorIds: actorIds ?? null,
          outputIds: outputIds ?? null,
        });
        await recordLinkedVersions(tx, 'engagement', [id], { op: context?.historyOp ?? 'update', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
        if (lowered)
          await context?.audit?.alsoIn(tx, { action: 'sensitivity_lowered', targetType: 'engagement', targetIds: [id], detail: lowered });
        return readEngagement(tx, id, viewer);
      }),

    remove: (id, viewer, context) =>
      writeRecords(async (tx) => {
        await readEngagement(tx, id, viewer);
        const hidden = await hiddenLinks(tx, id, viewer);
        if (hidden.participants + hidden.sections > 0) throw conflict(NOT_DELETABLE).saying('conflict.not_deletable');
        const [row] = await tx.run(deleteEngagement, { id, access: accessParameters(viewer) });
        if (!row || row.deleted === 0) throw notFound('engagement', id);
        await closeLinkedVersion(tx, 'engagement', id, { op: 'delete', by: viewer.userId });
        await context?.audit?.recordIn(tx, [id]);
      }),
  };
}
