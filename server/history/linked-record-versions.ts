/**
 * The write side of the history of engagements, output roles, coordination mechanisms, admin areas
 * and claims (issue 14): the same model as actors and ties (server/history/versions.ts), one
 * `:Version` per state, written in the transaction of the change. What each kind's version holds
 * besides the record's own properties (the ids of what it links, sorted, hidden or not: need to
 * know judges a version when it is read, server/history visibility fragments):
 *
 * - `engagement`: `sectionId`, `areaId`, `actorIds`, `outputIds`; `areaIds = [areaId]`.
 * - `role` (a LEADS or SUPPORTS relationship): `relationshipType` ('LEADS' | 'SUPPORTS'), `actorId`,
 *   `outputId`; `areaIds` is the role's own field (empty: country-wide).
 * - `mechanism`: `memberIds`, `chairId`, `areaIds` (the areas it covers, its own field), `outputIds`.
 * - `area`: the AdminArea's properties (`parentId` is one), without its boundary geometry.
 * - `claim`: the claim's properties (`tieId` or `actorId`, its subject, are among them) and
 *   `fromSourceId`, the source it comes from (not `sourceId`: tie versions use it for their start).
 *
 * `recordLevel` is the newest version's sensitivity (absent: internal) copied onto every version,
 * as for actors; for a claim it is its source's; an area is public reference data.
 */
import type { Transaction } from '../db/database.js';
import * as history from '../queries/history.js';
import { BOOKKEEPING_FIELDS, historyClock, OPEN_END, VERSION_META_FIELDS, type VersionOp } from './version-fields.js';

export type LinkedRecordKind = 'engagement' | 'role' | 'mechanism' | 'area' | 'claim';

interface Stamp {
  op: VersionOp;
  by: string | null;
  at?: number | undefined;
}

const RECORD_QUERY: Record<LinkedRecordKind, typeof history.recordEngagementVersions> = {
  engagement: history.recordEngagementVersions,
  role: history.recordRoleVersions,
  mechanism: history.recordMechanismVersions,
  area: history.recordAreaVersions,
  claim: history.recordClaimVersions,
};

/** Boundary geometry of an area: large, drawn from files, not a fact of the record (never in a version). */
const AREA_GEOMETRY = ['boundary', 'boundaryBbox', 'boundaryOriginal', 'boundaryPoints', 'boundarySource', 'boundaryUpdatedAt'];

/** A role's and a mechanism's `areaIds` are fields of the record, compared like any other. */
const OWN_AREA_IDS: ReadonlySet<LinkedRecordKind> = new Set(['role', 'mechanism']);

function comparison(kind: LinkedRecordKind): { ignored: string[]; meta: string[] } {
  const meta = OWN_AREA_IDS.has(kind) ? VERSION_META_FIELDS.filter((field) => field !== 'areaIds') : [...VERSION_META_FIELDS];
  const own = kind === 'area' ? AREA_GEOMETRY : kind === 'claim' ? ['contestedAt'] : [];
  return { ignored: [...meta, ...BOOKKEEPING_FIELDS, 'id', ...own], meta };
}

const stampParams = (stamp: Stamp) => ({ op: stamp.op, by: stamp.by, now: stamp.at ?? historyClock.now(), openEnd: OPEN_END });

/**
 * Records the present state of these records of one kind as their open versions (nothing for an
 * unchanged one). For areas, their boundaries too, which area versions leave out.
 */
export async function recordLinkedVersions(tx: Transaction, kind: LinkedRecordKind, ids: readonly string[], stamp: Stamp): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(RECORD_QUERY[kind], { ids: [...new Set(ids)], ...comparison(kind), ...stampParams(stamp) });
  if (kind === 'area') await recordBoundaryVersions(tx, ids, stamp);
}

/** Closes the open version of a deleted record: its last state stays in the record of earlier dates. */
export async function closeLinkedVersion(tx: Transaction, kind: LinkedRecordKind, id: string, stamp: Stamp): Promise<void> {
  await tx.run(history.closeVersions, { kind, ids: [id], ...stampParams(stamp) });
  if (kind === 'area') await recordBoundaryVersions(tx, [], stamp);
}

/**
 * The boundaries of these areas, new or changed, as open boundary versions, and the boundary
 * versions of areas gone (or without a boundary now) closed. An area's first boundary holds from
 * the beginning of time (cypher/history/record-boundary-versions.cypher says why).
 */
export async function recordBoundaryVersions(tx: Transaction, areaIds: readonly string[], stamp: Stamp): Promise<void> {
  await tx.run(history.recordBoundaryVersions, { ids: [...new Set(areaIds)], beginning: -OPEN_END, ...stampParams(stamp) });
}

/**
 * After an actor's delete: its roles went with it (closed), and the engagements and mechanisms it
 * was in lost a participant, a section, a member or a chair (a new version each).
 */
export async function recordActorDeleteInLinkedRecords(tx: Transaction, id: string, stamp: Stamp): Promise<void> {
  const [row] = await tx.run(history.closeLinkedVersionsOfActor, { id, ...stampParams(stamp) });
  const update = { ...stamp, op: 'update' as const };
  await recordLinkedVersions(tx, 'engagement', row?.engagementIds ?? [], update);
  await recordLinkedVersions(tx, 'mechanism', row?.mechanismIds ?? [], update);
}

/** After a source's delete: its claims went with it. */
export async function closeClaimVersionsOfSource(tx: Transaction, id: string, stamp: Stamp): Promise<void> {
  await tx.run(history.closeClaimVersionsOfSource, { id, ...stampParams(stamp) });
}

/** What a dataset load or an import wrote of these kinds (roles by their actors: rows name roles by actor, output and type). */
export interface WrittenLinkedRecords {
  engagementIds?: readonly string[];
  mechanismIds?: readonly string[];
  areaIds?: readonly string[];
  roleActorIds?: readonly string[];
  /** Claims an import made of its source column (server/evidence/legacy-migration.ts). */
  claimIds?: readonly string[];
}

/**
 * Brings the history of every engagement, role, mechanism, area and claim up to date (closing the
 * versions of records gone), or, given `only`, of the records a load wrote. Idempotent.
 */
export async function bringLinkedHistoryUpToDate(tx: Transaction, stamp: Stamp, only?: WrittenLinkedRecords): Promise<void> {
  if (only) {
    const roleActorIds = [...new Set(only.roleActorIds ?? [])];
    const [roles] = roleActorIds.length > 0 ? await tx.run(history.roleIdsOfActors, { actorIds: roleActorIds }) : [];
    await recordLinkedVersions(tx, 'area', only.areaIds ?? [], stamp);
    await recordLinkedVersions(tx, 'engagement', only.engagementIds ?? [], stamp);
    await recordLinkedVersions(tx, 'mechanism', only.mechanismIds ?? [], stamp);
    await recordLinkedVersions(tx, 'role', roles?.roleIds ?? [], stamp);
    await recordLinkedVersions(tx, 'claim', only.claimIds ?? [], stamp);
    return;
  }
  const [row] = await tx.run(history.currentLinkedRecordIds, {});
  const present: Record<LinkedRecordKind, string[]> = {
    engagement: row?.engagementIds ?? [],
    role: row?.roleIds ?? [],
    mechanism: row?.mechanismIds ?? [],
    area: row?.areaIds ?? [],
    claim: row?.claimIds ?? [],
  };
  for (const kind of Object.keys(present) as LinkedRecordKind[]) {
    await tx.run(history.closeVanishedVersions, { kind, presentIds: present[kind], ...stampParams(stamp) });
    await recordLinkedVersions(tx, kind, present[kind], stamp);
  }
}
