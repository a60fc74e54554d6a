/**
 * Imports and exports (issue 5). Reading a job goes through `getJson`; the upload and the export
 * download cannot: `send` writes JSON bodies and reads JSON answers, while an import is the raw
 * file as the body (and may answer 422 *with a report*, not an error body), and an export answers
 * with the file itself. `rawRequest` below is the one extra fetch, and it maps failures to the same
 * `ApiError` as api.ts so the dialogs show the API's message either way.
 */
import {
  ErrorBodySchema,
  ImportListSchema,
  ImportReportSchema,
  ImportUndoSchema,
  type ImportListItem,
  type ImportUndo,
  type ColumnMapping,
  type ExportFormat,
  type ExportProfile,
  type GraphQuery,
  type ImportReport,
} from '../../server/contracts/index.js';
import { ApiError, getJson, send } from '../api.js';
import { t } from '../i18n/i18n.js';

/** fetch, with network failures and error bodies turned into `ApiError`. `accept(status)` says which non-2xx answers are still answers. */
export async function rawRequest(path: string, init: RequestInit, accept: (status: number) => boolean = () => false): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network_error', t('common.apiUnreachable'), null);
  }
  if (response.ok || accept(response.status)) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    throw new ApiError(code, message, response.status, details ?? []);
  }
  throw new ApiError('internal_error', `The API answered ${response.status} ${response.statusText}.`, response.status);
}

export interface ImportOptions {
  dryRun: boolean;
  /** For files whose columns were not recognised (the needs_mapping step). */
  mapping?: ColumnMapping;
  /** Tables only: create the admin areas the file names that the map lacks (off unless the person ticks it). */
  createAreas?: boolean;
  /** Dated import (issue 14): the date the file describes (YYYY-MM-DD); what it writes is dated then. */
  asOf?: string;
}

/**
 * Upload a file to POST /api/imports with `async=true`: the answer (202) is the job's first report;
 * follow it with `fetchImportJob`. A refused file may also answer at once with 422 and its report.
 */
export async function startImport(file: File, options: ImportOptions, signal?: AbortSignal): Promise<ImportReport> {
  const query = new URLSearchParams({ filename: file.name, async: 'true' });
  if (options.dryRun) query.set('dryRun', 'true');
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  if (options.createAreas) query.set('createAreas', 'true');
  if (options.asOf) query.set('asOf', options.asOf);
  const response = await rawRequest(
    `/api/imports?${query.toString()}`,
    {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
      signal: signal ?? null,
    },
    (status) => status === 422,
  );
  const parsed = ImportReportSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('invalid_response', 'The API sent an unexpected import report.', response.status);
  return parsed.data;
}

/** The import job so far: status, rows validated, records written, and the report once finished. */
export function fetchImportJob(id: string, signal?: AbortSignal): Promise<ImportReport> {
  return getJson(`/api/imports/${encodeURIComponent(id)}`, ImportReportSchema, signal);
}

/** The caller's own recent imports (GET /api/imports?mine=true), newest first. */
export async function fetchMyImports(signal?: AbortSignal): Promise<ImportListItem[]> {
  return (await getJson('/api/imports?mine=true', ImportListSchema, signal)).imports;
}

/** Undo an import as a whole (DELETE /api/imports/:id); 409 (an ApiError) when what it created has changed since. */
export function undoImport(id: string): Promise<ImportUndo> {
  return send('DELETE', `/api/imports/${encodeURIComponent(id)}`, undefined, ImportUndoSchema);
}

/** Whether an import report is final (the job no longer moves). */
export const isFinished = (report: ImportReport) => report.status !== 'validating' && report.status !== 'writing';

export interface ExportRequest {
  format: ExportFormat;
  profile: ExportProfile;
  name?: string | undefined;
  /** The map's server-side filters; omitted for the whole map. */
  filters?: GraphQuery | undefined;
  /** Leave out the actors without a tie in the exported view. */
  withoutIsolates?: boolean | undefined;
}

/** The GET /api/exports/:format path for a request. */
export function exportPath(request: ExportRequest): string {
  const query = new URLSearchParams({ profile: request.profile });
  if (request.name) query.set('name', request.name);
  const filters = request.filters ?? {};
  if (filters.kinds?.length) query.set('kinds', filters.kinds.join(','));
  if (filters.areas?.length) query.set('areas', filters.areas.join(','));
  if (filters.tieTypes?.length) query.set('tieTypes', filters.tieTypes.join(','));
  if (filters.output) query.set('output', filters.output);
  if (filters.at) query.set('at', filters.at);
  if (request.withoutIsolates) query.set('withoutIsolates', 'true');
  return `/api/exports/${encodeURIComponent(request.format)}?${query.toString()}`;
}

/** Fetch an export as a file: its bytes and the name the server gave it. */
export async function fetchExport(request: ExportRequest, signal?: AbortSignal): Promise<{ blob: Blob; fileName: string }> {
  const response = await rawRequest(exportPath(request), { method: 'GET', signal: signal ?? null });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `actor-map.${request.format}`;
  return { blob: await response.blob(), fileName };
}
