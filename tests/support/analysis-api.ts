/** Shared set-up of the analysis integration tests: a server, the fixture loaded, and a GET helper. */
import { loadDataset } from '../../server/seed/dataset-loader.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { request, type JsonResponse } from './http.js';
import type { TestServer } from './test-server.js';

/** Empties the database and loads one dataset. */
export async function resetWith(server: TestServer, dataset: DatasetInput): Promise<void> {
  await server.reset();
  await loadDataset(server.db, dataset);
}

/** GET /api/analysis/<name>?<query>. */
export function analysis<T = any>(server: TestServer, name: string, query: Record<string, string> = {}): Promise<JsonResponse<T>> {
  const search = new URLSearchParams(query).toString();
  return request<T>(server.baseUrl, 'GET', `/api/analysis/${name}${search ? `?${search}` : ''}`);
}

/** The paths named in a 400 response's details. */
export function failingFields(body: { error?: { details?: Array<{ path: string }> } }): string[] {
  return (body.error?.details ?? []).map((detail) => detail.path);
}
