/**
 * What a write carries besides its input: the audit events its route declared, written by the
 * store inside the write transaction (so a change and its audit event commit together or not at
 * all), and the client's Idempotency-Key. Routes build it from their declaration; the seed and
 * the CLI write without one.
 */
import type { AuditEntry } from '../access/audit-log.js';
import type { Transaction } from '../db/database.js';

/** An audit event without its user: the trail knows who is writing. */
export type TrailEvent = Omit<AuditEntry, 'userId'>;

export interface AuditTrail {
  /** The route's declared event (create, update, delete) for these ids, inside the write transaction. */
  recordIn(tx: Transaction, targetIds: readonly string[]): Promise<void>;
  /** Another event the same write implies (sensitivity_lowered), inside the write transaction. */
  alsoIn(tx: Transaction, event: TrailEvent): Promise<void>;
  /** An event that must outlive a refused write (id_conflict), in a transaction of its own. */
  recordNow(event: TrailEvent): Promise<void>;
}

export interface WriteContext {
  audit?: AuditTrail | undefined;
  idempotencyKey?: string | undefined;
  /** Why the record's new version is written, when not a plain update (a revert: server/history). */
  historyOp?: 'revert' | undefined;
}
