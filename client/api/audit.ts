/** The audit log (administrators): the newest events, optionally of one action or one user. */
import { AuditEventSchema, type AuditEvent } from '../../server/contracts/index.js';
import { getJson } from '../api.js';

export type AuditAction = AuditEvent['action'];

export function fetchAuditEvents(
  query: { action?: AuditAction | undefined; userId?: string | undefined; limit?: number },
  signal?: AbortSignal,
): Promise<AuditEvent[]> {
  const params = new URLSearchParams({ limit: String(query.limit ?? 200) });
  if (query.action) params.set('action', query.action);
  if (query.userId) params.set('userId', query.userId);
  return getJson(`/api/audit?${params.toString()}`, AuditEventSchema.array(), signal);
}
