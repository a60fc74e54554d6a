/**
 * /api/imports and /api/exports (issue 5). An import is the raw file as the request body (its
 * Content-Type, and ?filename=), size-checked (413) before anything is parsed; the answer is the
 * import report, and GET /api/imports/:id follows a running import from any API instance. An
 * export writes the file itself (binary or text) with its metadata in X-Actor-Map-Export.
 */
import type { Request } from 'express';
import {
  ColumnMappingSchema,
  ExportParamsSchema,
  ExportQuerySchema,
  ImportJobParamsSchema,
  ImportListQuerySchema,
  ImportListSchema,
  ImportQuerySchema,
  ImportReportSchema,
  ImportUndoSchema,
  type ColumnMapping,
  type ExportMetadata,
  type ImportReport,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { AppError, badRequest, notFound, payloadTooLarge } from '../errors.js';
import { exportMap } from '../exports/export-map.js';
import { readJob, saveJob } from '../imports/import-jobs.js';
import { listMyImports } from '../imports/import-list.js';
import { createImportSlots } from '../imports/import-slots.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../imports/limits.js';
import { runImport, startReport } from '../imports/run-import.js';
import { undoImport } from '../imports/undo-import.js';
import { answer, defineRoute, FileAnswer, type AnswerStatus, type RouteSpec } from './route-spec.js';

/** HTTP status of a finished import report. */
const STATUS_OF: Record<ImportReport['status'], AnswerStatus> = {
  imported: 201,
  validated: 200,
  refused: 422,
  needs_mapping: 422,
  failed: 503,
  validating: 202,
  writing: 202,
};

/** Reads the raw body, refusing with 413 as soon as it is larger than `maxBytes` (before any parsing). */
export async function readRawBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => payloadTooLarge(maxBytes);
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      request.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('query.mapping', 'is not valid JSON', { code: 'field.not_json' });
  }
  const parsed = ColumnMappingSchema.safeParse(json);
  if (!parsed.success)
    throw badRequest('query.mapping', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '), {
      code: 'field.invalid_mapping',
      params: { fields: parsed.error.issues.map((issue) => issue.path.join('.')) },
    });
  return parsed.data;
}

/** Header-safe JSON (non-ASCII escaped). */
function headerJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** 429 for a second import while the user's first still runs (import-slots.ts). */
function importAlreadyRunning(): AppError {
  return new AppError(
    429,
    'rate_limited',
    'You already have an import running; one import at a time per user: wait until it has finished (follow it at GET /api/imports/:id), then send the next',
  ).saying('rate_limited.import_running');
}

/** The transfer routes; `limits` can be lowered by tests. */
export function transferRoutes(db: Database, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): RouteSpec[] {
  const importSlots = createImportSlots();
  return [
    defineRoute({
      method: 'post',
      path: '/api/imports',
      access: 'import',
      tag: 'transfers',
      summary:
        'Import a file sent as the raw body (CSV, zipped CSV, XLSX incl. Kumu workbooks, JSON snapshot); ' +
        'all or nothing. Answers 201 imported, 200 validated (dryRun), 202 accepted (async), 422 refused or needs_mapping, with the report',
      query: ImportQuerySchema,
      rawBody: {
        contentTypes: [
          'text/csv',
          'application/zip',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/json',
          'application/octet-stream',
        ],
        description: 'The file itself, read and size-checked as it streams (at most the import limit, 20 MB by default)',
      },
      success: { status: 201, schema: ImportReportSchema, description: 'Imported: the import report' },
      outcomes: [
        { status: 200, description: 'Validated (dryRun): the report, nothing written' },
        { status: 202, description: 'Accepted (async): the report so far; follow it at the Location header' },
        { status: 422, description: 'Refused or needs a column mapping: the report with every problem located, nothing written' },
        { status: 503, description: 'Failed while writing: the report; nothing of the import remains' },
      ],
      errors: [413, 415, 429, 503],
      handle: async ({ query, request, response, viewer }) => {
        const release = importSlots.claim(viewer.userId);
        if (!release) {
          response.setHeader('Retry-After', '5');
          throw importAlreadyRunning();
        }
        // The slot is released when the import ends: below for a synchronous one, when its run settles for an async one.
        let releasedByRun = false;
        try {
          const bytes = await readRawBody(request, limits.maxBytes);
          const mapping = parseMapping(query.mapping);
          const file = { name: query.filename, bytes, contentType: String(request.headers['content-type'] ?? '') };
          const options = { dryRun: query.dryRun, mapping, createAreas: query.createAreas, asOf: query.asOf, limits };
          if (query.async) {
            const report = startReport(file);
            await saveJob(db, report, viewer.userId, {
              action: 'import',
              targetType: 'import',
              targetIds: [report.importId],
              detail: 'started',
            });
            releasedByRun = true;
            void runImport(db, file, viewer, { ...options, jobId: report.importId })
              .catch(() => undefined)
              .finally(release);
            response.setHeader('Location', `/api/imports/${report.importId}`);
            return answer(202, report);
          }
          // runImport records the import's audit event with its write (or its final save).
          const report = await runImport(db, file, viewer, options);
          return answer(STATUS_OF[report.status], report);
        } finally {
          if (!releasedByRun) release();
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/imports',
      access: 'import',
      tag: 'transfers',
      summary:
        "The caller's own recent imports (newest first, at most 10, while reports are kept): id, file name, time, status, counts, and whether undone. " +
        "Never another user's, administrators included",
      query: ImportListQuerySchema,
      success: { status: 200, schema: ImportListSchema, description: "The caller's recent imports" },
      errors: [503],
      handle: async ({ viewer }) => ({ imports: await listMyImports(db, viewer.userId) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/imports/:id',
      access: 'import',
      tag: 'transfers',
      summary: 'Follow an import: its status, rows validated, records written, and (when finished) the report',
      params: ImportJobParamsSchema,
      success: { status: 200, schema: ImportReportSchema, description: 'The import report so far' },
      errors: [404, 503],
      handle: async ({ params, viewer }) => {
        // Only whoever started the import reads its report, administrators included (readJob
        // lets an administrator through): managing accounts is no need to know what it names.
        const report = await readJob(db, params.id, { ...viewer, role: viewer.role === 'administrator' ? 'analyst' : viewer.role });
        if (!report) throw notFound('import', params.id);
        return report;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/imports/:id',
      access: 'import',
      tag: 'transfers',
      summary:
        'Undo an import as a whole: remove what it created (nothing else is restored), while nothing it created has changed since; ' +
        'otherwise 409 naming the records changed since that you may see. Only whoever ran the import may undo it; audited',
      params: ImportJobParamsSchema,
      success: { status: 200, schema: ImportUndoSchema, description: 'Undone: how many records and links were removed' },
      errors: [404, 409, 503],
      // As for reading the report: an administrator undoes only their own imports.
      handle: ({ params, viewer }) =>
        undoImport(db, params.id, { ...viewer, role: viewer.role === 'administrator' ? 'analyst' : viewer.role }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/exports/:format',
      access: 'export',
      tag: 'transfers',
      summary:
        'Export the map, or the filtered view (same filters as /api/graph), as graphml, gexf (1.3), gexf12, cytoscape, csv (zip of nodes and ' +
        'edges), csv-nodes, csv-edges, kumu (xlsx) or snapshot (JSON, with every mapping round); metadata in the file and in the X-Actor-Map-Export header',
      params: ExportParamsSchema,
      query: ExportQuerySchema,
      success: { status: 200, description: 'The export file (body is the file itself)' },
      errors: [503],
      // The format and the profile the export was made with (the default profile resolved).
      audit: {
        action: 'export',
        targetType: 'export',
        ofResult: ({ params }, meta: ExportMetadata) => ({ detail: `${params.format}/${meta.profile}` }),
      },
      handle: async ({ params, query, viewer }) => {
        const { file, meta } = await exportMap(db, params.format, query, viewer);
        return new FileAnswer(file, { 'X-Actor-Map-Export': headerJson(meta) }, meta);
      },
    }),
  ];
}
