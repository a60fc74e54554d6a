/** The sources and claims API (issue #15), through the one fetch in client/api.ts, parsed with the evidence contracts. */
import {
  ClaimPageSchema,
  ClaimRecordSchema,
  SourcePageSchema,
  SourceRecordSchema,
  type ClaimCreate,
  type ClaimPatch,
  type ClaimRecord,
  type SourceCreate,
  type SourceRecord,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

/** Claims about a tie or an actor, or every contested claim the caller may see. */
export async function fetchClaims(filter: { tie?: string; actor?: string; contested?: boolean }): Promise<ClaimRecord[]> {
  const query = new URLSearchParams({ limit: '1000' });
  if (filter.tie) query.set('tie', filter.tie);
  if (filter.actor) query.set('actor', filter.actor);
  if (filter.contested !== undefined) query.set('contested', String(filter.contested));
  return (await getJson(`/api/claims?${query.toString()}`, ClaimPageSchema)).items;
}

export async function fetchSources(): Promise<SourceRecord[]> {
  return (await getJson('/api/sources?limit=1000', SourcePageSchema)).items;
}

export function createSource(body: SourceCreate): Promise<SourceRecord> {
  return send('POST', '/api/sources', body, SourceRecordSchema);
}

export function createClaim(body: ClaimCreate & { id: string }): Promise<ClaimRecord> {
  return send('POST', '/api/claims', body, ClaimRecordSchema);
}

export function deleteClaim(id: string): Promise<void> {
  return send('DELETE', `/api/claims/${encodeURIComponent(id)}`, undefined, null) as Promise<void>;
}

export function updateClaim(id: string, patch: ClaimPatch): Promise<ClaimRecord> {
  return send('PATCH', `/api/claims/${encodeURIComponent(id)}`, patch, ClaimRecordSchema);
}
