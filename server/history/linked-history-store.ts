/**
 * The read side of the history of engagements, output roles, mechanisms, admin areas and claims,
 * and the revert of engagements, roles, mechanisms and claims (issue 14). The same rules as for actors and ties
 * (history-store.ts): a version is listed only when the caller may see it as it was (the version
 * fragments at the end of visibility.cypher), with the fields their role receives; a record they
 * may not see today has no history for them (404, as an absent id), except a deleted record whose
 * last version they may see. A change the caller can see nothing of (a hidden participant joined)
 * is not listed. Claims answer 403 to the roles that get 403 on /api/claims.
 */
import type { Viewer } from '../access/viewer.js';
import type { z } from 'zod';
import {
  ClaimPatchSchema,
  EngagementPatchSchema,
  MechanismPatchSchema,
  OutputRolePatchSchema,
  type ClaimRecord,
  type MechanismPatch,
  type MechanismRecord,
  type History,
  type LoggedEngagement,
  type OutputRoleRecord,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { AppError, conflict, notFound } from '../errors.js';
import { assertReceivesSources } from '../evidence/source-access.js';
import type { ClaimStore } from '../evidence/claim-store.js';
import { presentArea } from '../presenters/area.js';
import { engagementPresenterFor } from '../presenters/engagement.js';
import { fieldAccess } from '../presenters/field-access.js';
import type { VersionRow } from '../queries/history.js';
import type { AreaStore } from '../services/area-store.js';
import type { EngagementStore } from '../services/engagement-store.js';
import type { MechanismStore } from '../services/mechanism-store.js';
import type { OutputRoleStore } from '../services/output-role-store.js';
import type { WriteContext } from '../services/write-context.js';
import { historyEntries, readVersions, visibleVersion, type EntryOptions } from './history-store.js';
import type { LinkedRecordKind } from './linked-record-versions.js';

export type RevertibleKind = 'engagement' | 'role' | 'mechanism' | 'claim';

/** What a revert of each kind answers: the record as its store's update leaves it. */
interface RevertedRecord {
  engagement: LoggedEngagement;
  role: OutputRoleRecord;
  mechanism: MechanismRecord;
  claim: ClaimRecord;
}

export interface LinkedHistoryStore {
  history(kind: LinkedRecordKind, id: string, viewer: Viewer): Promise<History>;
  /** Writes the fields of version `versionId` (those the caller's role receives) as a new version, through the store's update: the same rules as its PATCH. */
  revert<K extends RevertibleKind>(
    kind: K,
    id: string,
    versionId: string,
    viewer: Viewer,
    context?: WriteContext,
  ): Promise<RevertedRecord[K]>;
}

/** Writes a version's state (as the caller's presenter shows it) back through the kind's store. */
type Reverter<K extends RevertibleKind> = (
  id: string,
  state: Record<string, unknown>,
  viewer: Viewer,
  context: WriteContext,
) => Promise<RevertedRecord[K]>;

export interface LinkedStores {
  engagements: EngagementStore;
  outputRoles: OutputRoleStore;
  mechanisms: MechanismStore;
  areas: AreaStore;
  claims: ClaimStore;
}

/** The name a 404 gives each kind, as its own routes do. */
const NOUN: Record<LinkedRecordKind, string> = {
  engagement: 'engagement',
  role: 'output role',
  mechanism: 'mechanism',
  area: 'admin area',
  claim: 'claim',
};

/** Stored fields as the API names them: three lists are one `followUps`; a role's type is its `role`; a claim's source its `sourceId`; an area's two name lists its `names`. */
const ENTRY_OPTIONS: EntryOptions = {
  renamed: {
    followUpTexts: 'followUps',
    followUpDues: 'followUps',
    followUpDone: 'followUps',
    relationshipType: 'role',
    fromSourceId: 'sourceId',
    nameLanguages: 'names',
    nameTexts: 'names',
  },
  onlySeenChanges: true,
};

const dateOnly = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : (value ?? null));

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record && record[key] !== null).map((key) => [key, record[key]]));
}

export function createLinkedHistoryStore(db: Database, stores: LinkedStores): LinkedHistoryStore {
  function presenterFor(kind: LinkedRecordKind, viewer: Viewer): (state: Record<string, unknown>) => Record<string, unknown> {
    if (kind === 'engagement')
      return engagementPresenterFor(fieldAccess(viewer)) as unknown as (s: Record<string, unknown>) => Record<string, unknown>;
    if (kind === 'role') return (state) => ({ ...state, from: dateOnly(state.from), to: dateOnly(state.to) });
    if (kind === 'claim') return (state) => ({ ...state, observedAt: dateOnly(state.observedAt) });
    if (kind === 'area') return (state) => presentArea(state) as unknown as Record<string, unknown>;
    return (state) => state;
  }

  /** Whether the record exists and the caller may see it today: 404 (hidden or absent) becomes false. */
  async function visibleNow(kind: LinkedRecordKind, id: string, viewer: Viewer): Promise<boolean> {
    const read: Record<LinkedRecordKind, () => Promise<unknown>> = {
      engagement: () => stores.engagements.get(id, viewer),
      role: () => stores.outputRoles.get(id, viewer),
      mechanism: () => stores.mechanisms.get(id, viewer),
      area: () => stores.areas.get(id),
      claim: () => stores.claims.get(id, viewer),
    };
    try {
      await read[kind]();
      return true;
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return false;
      throw error;
    }
  }

  async function visibleVersions(kind: LinkedRecordKind, id: string, viewer: Viewer): Promise<{ rows: VersionRow[]; current: boolean }> {
    if (kind === 'claim') assertReceivesSources(viewer);
    return readVersions(db, kind, id, viewer, () => visibleNow(kind, id, viewer), NOUN[kind]);
  }

  async function history(kind: LinkedRecordKind, id: string, viewer: Viewer): Promise<History> {
    const { rows } = await visibleVersions(kind, id, viewer);
    const items = historyEntries(rows, presenterFor(kind, viewer), ENTRY_OPTIONS);
    return { recordId: id, kind, items, total: items.length };
  }

  const reverters: { [K in RevertibleKind]: Reverter<K> } = {
    engagement: (id, state, viewer, context) => {
      // A role without summaries gets follow-ups without their text: those stay as they are.
      const keys = Object.keys(EngagementPatchSchema.shape).filter((key) => key !== 'followUps' || fieldAccess(viewer).engagementSummary);
      return stores.engagements.update(id, restorable(EngagementPatchSchema, pick(state, keys)), viewer, context);
    },
    mechanism: async (id, state, viewer, context) => stores.mechanisms.update(id, await mechanismPatch(id, state, viewer), viewer, context),
    claim: (id, state, viewer, context) => stores.claims.update(id, restorable(ClaimPatchSchema, claimPatch(state)), viewer, context),
    role: (id, state, viewer, context) => {
      const role = Object.fromEntries(Object.keys(OutputRolePatchSchema.shape).map((key) => [key, state[key]]));
      return stores.outputRoles.update(id, restorable(OutputRolePatchSchema, role), viewer, context);
    },
  };

  async function revert<K extends RevertibleKind>(
    kind: K,
    id: string,
    versionId: string,
    viewer: Viewer,
    context?: WriteContext,
  ): Promise<RevertedRecord[K]> {
    const { rows, current } = await visibleVersions(kind, id, viewer);
    const row = visibleVersion(rows, versionId);
    // A version the caller may not see, of another record, or of a deleted record: as absent.
    if (!row || !current) throw notFound('version', versionId);
    const state = presenterFor(kind, viewer)(row.state);
    return reverters[kind](id, state, viewer, { ...context, historyOp: 'revert' });
  }

  /**
   * A mechanism's version as a PATCH: its members and chair as the caller saw them then (hidden ones
   * are kept by the update, as a PATCH keeps them); the chair only when it differs from today's
   * visible one, so a chair the caller may not see is never touched.
   */
  async function mechanismPatch(id: string, state: Record<string, unknown>, viewer: Viewer): Promise<MechanismPatch> {
    const current = await stores.mechanisms.get(id, viewer);
    const chairId = state.chairId ?? null;
    return restorable(MechanismPatchSchema, {
      name: state.name,
      kind: state.kind,
      areaIds: state.areaIds ?? [],
      outputIds: state.outputIds ?? [],
      memberIds: state.memberIds ?? [],
      ...(chairId !== current.chairId ? { chairId } : {}),
    });
  }

  return { history, revert };
}

/** A claim's version as a PATCH (checked by `restorable`): what it asserted and how it was rated; its source and subject are fixed. */
function claimPatch(state: Record<string, unknown>): Record<string, unknown> {
  const rated = { credibility: state.credibility, observedAt: state.observedAt ?? null, note: state.note ?? '' };
  return state.tieId ? { ...rated, exists: state.exists !== false, strength: state.strength ?? null } : { ...rated, value: state.value };
}

/**
 * A stored version as the PATCH that restores it, checked by the PATCH's own schema: a version
 * written under older rules (a value, a kind or a length the present rules refuse) is a 409 that
 * says so, never a write of what the PATCH route itself would refuse.
 */
function restorable<T>(schema: z.ZodType<T>, candidate: Record<string, unknown>): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success)
    throw conflict('This version cannot be restored: it is not a valid record under the present rules').saying(
      'conflict.version_not_restorable',
    );
  return parsed.data;
}
