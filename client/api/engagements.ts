/**
 * The engagements API for the actor panel's engagement list and form. Every call goes through
 * `send`/`getJson` in client/api.ts (the one fetch) and is parsed with the engagement contracts.
 */
import {
  EngagementPageSchema,
  LoggedEngagementSchema,
  type EngagementCreate,
  type EngagementPatch,
  type LoggedEngagement,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

/** The engagements an actor took part in or held, newest first (the API's order). */
export async function fetchEngagementsOf(actorId: string, signal?: AbortSignal): Promise<{ items: LoggedEngagement[]; total: number }> {
  const page = await getJson(`/api/engagements?actor=${encodeURIComponent(actorId)}&limit=200`, EngagementPageSchema, signal);
  return { items: page.items, total: page.total };
}

export function fetchEngagement(id: string): Promise<LoggedEngagement> {
  return getJson(`/api/engagements/${encodeURIComponent(id)}`, LoggedEngagementSchema);
}

export function createEngagement(body: EngagementCreate): Promise<LoggedEngagement> {
  return send('POST', '/api/engagements', body, LoggedEngagementSchema);
}

export function updateEngagement(id: string, patch: EngagementPatch): Promise<LoggedEngagement> {
  return send('PATCH', `/api/engagements/${encodeURIComponent(id)}`, patch, LoggedEngagementSchema);
}

export function deleteEngagement(id: string): Promise<void> {
  return send('DELETE', `/api/engagements/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}
