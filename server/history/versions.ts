/**
 * The write side of record history (issue 14). Every state of an actor or tie (and of the records
 * in linked-record-versions.ts: engagements, roles, mechanisms, areas, claims) is a `:Version`
 * node holding a copy of the record's stored fields plus when it held (`versionFrom` inclusive,
 * `versionTo` exclusive, epoch milliseconds; the open version's `versionTo` is OPEN_END), who
 * wrote it and which fields changed. Stores call these inside the transaction of their write, so
 * a change and its version commit together or not at all. Bulk writes (imports, merges, their
 * undo, the start-up baseline) call `bringHistoryUpToDate`, which compares every record with its
 * open version and writes only what differs.
 */
import type { Transaction } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../db/allowlist.js';
import { BOOKKEEPING_FIELDS, historyClock, OPEN_END, VERSION_META_FIELDS, type VersionOp } from './version-fields.js';
import { bringLinkedHistoryUpToDate, recordActorDeleteInLinkedRecords, type WrittenLinkedRecords } from './linked-record-versions.js';
import * as history from '../queries/history.js';

export { BOOKKEEPING_FIELDS, historyClock, OPEN_END, VERSION_META_FIELDS, type VersionOp } from './version-fields.js';

/** The record's id is `recordId` on a version, never `id`: nothing that finds records by id may find a version. */
const ID_FIELD = ['id'];

const IGNORED = [...VERSION_META_FIELDS, ...BOOKKEEPING_FIELDS, ...ID_FIELD];

interface Stamp {
  op: VersionOp;
  /** The user writing; null for the seed and the start-up baseline. */
  by: string | null;
  /** When the versions begin (epoch milliseconds): the clock's now unless the demo seed dates its rounds. */
  at?: number | undefined;
}

const stampParams = (stamp: Stamp) => ({ op: stamp.op, by: stamp.by, now: stamp.at ?? historyClock.now(), openEnd: OPEN_END });

/** Records the present state of these actors as their open versions (nothing for an unchanged one). */
export async function recordActorVersions(tx: Transaction, ids: readonly string[], stamp: Stamp): Promise<void> {
  await tx.run(history.recordActorVersions, { ids: [...ids], ignored: IGNORED, meta: VERSION_META_FIELDS, ...stampParams(stamp) });
}

/** Records the present state of these ties as their open versions (nothing for an unchanged one). */
export async function recordTieVersions(tx: Transaction, ids: readonly string[], stamp: Stamp): Promise<void> {
  await tx.run(history.recordTieVersions, {
    ids: [...ids],
    ignored: IGNORED,
    meta: VERSION_META_FIELDS,
    relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
    ...stampParams(stamp),
  });
}

/** Closes the open version of a deleted tie: its last state stays in the maps of earlier dates. */
export async function closeTieVersion(tx: Transaction, id: string, stamp: Stamp): Promise<void> {
  await tx.run(history.closeVersions, { kind: 'tie', ids: [id], ...stampParams(stamp) });
}

/** Closes the open versions of a deleted actor and of its ties, which its delete removed with it. */
export async function closeActorVersions(tx: Transaction, id: string, stamp: Stamp): Promise<void> {
  const params = stampParams(stamp);
  await tx.run(history.closeVersions, { kind: 'actor', ids: [id], ...params });
  await tx.run(history.closeTieVersionsOfActor, { id, ...params });
  await recordActorDeleteInLinkedRecords(tx, id, stamp);
}

/**
 * Brings the history of every actor and tie up to date with the records, in `tx`: a version for
 * each record new or changed since its open version, and closed versions for records gone. For
 * writes that touch many records at once (imports, merges and their undo, the seed) and for the
 * start-up baseline of a database written before history existed. Idempotent. A dataset load
 * names the records it wrote (`only`): it removes none, and a map loaded in chunks is then not
 * compared whole after each chunk.
 */
export async function bringHistoryUpToDate(
  tx: Transaction,
  stamp: Stamp,
  only?: { actorIds: readonly string[]; tieIds: readonly string[] } & WrittenLinkedRecords,
): Promise<void> {
  if (only) {
    if (only.actorIds.length > 0) await recordActorVersions(tx, only.actorIds, stamp);
    if (only.tieIds.length > 0) await recordTieVersions(tx, only.tieIds, stamp);
    await bringLinkedHistoryUpToDate(tx, stamp, only);
    return;
  }
  const [row] = await tx.run(history.currentRecordIds, { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES });
  const actorIds = row?.actorIds ?? [];
  const tieIds = row?.tieIds ?? [];
  const params = stampParams(stamp);
  await tx.run(history.closeVanishedVersions, { kind: 'actor', presentIds: actorIds, ...params });
  await tx.run(history.closeVanishedVersions, { kind: 'tie', presentIds: tieIds, ...params });
  if (actorIds.length > 0) await recordActorVersions(tx, actorIds, stamp);
  if (tieIds.length > 0) await recordTieVersions(tx, tieIds, stamp);
  await bringLinkedHistoryUpToDate(tx, stamp);
}
