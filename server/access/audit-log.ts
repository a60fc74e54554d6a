/**
 * The audit log: who did what, when (UTC), to which ids. Append-only for the application: there
 * is a query to add events and one to read them, none to change or remove them. Events carry
 * ids and codes, never names or free text from records.
 */
import { randomUUID } from 'node:crypto';
import { AuditEventSchema, type AuditEvent } from '../contracts/index.js';
import type { Database, Transaction } from '../db/database.js';
import { withDefaults } from '../presenters/defaults.js';
import { listAuditEvents, recordAuditEvent } from '../queries/access.js';

export type AuditAction = AuditEvent['action'];

export interface AuditEntry {
  userId: string | null;
  action: AuditAction;
  targetType?: string;
  targetIds?: readonly string[];
  /** A route or an error code; never record content. */
  detail?: string;
  /** Hashed subjects (username, client address) a rate limit counts by. */
  subjects?: readonly string[];
}

export interface AuditLog {
  /** Records an event in a transaction of its own (sign-ins, denied accesses: nothing else to commit). */
  record(entry: AuditEntry): Promise<void>;
  /** Records an event inside the transaction that makes the change, so both commit or neither does. */
  recordIn(tx: Transaction, entry: AuditEntry): Promise<void>;
  list(query: { action?: AuditAction | undefined; userId?: string | undefined; limit: number }): Promise<AuditEvent[]>;
}

export function createAuditLog(db: Database): AuditLog {
  return {
    async record(entry) {
      await db.write(recordAuditEvent, auditEventParams(entry));
    },
    async recordIn(tx, entry) {
      await tx.run(recordAuditEvent, auditEventParams(entry));
    },
    async list(query) {
      const rows = await db.read(listAuditEvents, {
        action: query.action ?? null,
        userId: query.userId ?? null,
        limit: query.limit,
      });
      return rows.map((row) =>
        AuditEventSchema.parse(withDefaults({ userId: null, targetType: null, detail: null, targetIds: [] }, row.event)),
      );
    },
  };
}

function auditEventParams(entry: AuditEntry): Record<string, unknown> {
  return {
    id: randomUUID(),
    userId: entry.userId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetIds: [...(entry.targetIds ?? [])],
    detail: entry.detail ?? null,
    subjects: [...(entry.subjects ?? [])],
  };
}
