/**
 * Shapes of imports and exports (issue 5): the import report with located problems and duplicate
 * suggestions, the column mapping a person gives for unrecognised files, the import job a client
 * follows, the export query (the map's filters plus a format) and the snapshot envelope.
 */
import { z } from 'zod';
import { DatasetSchema } from './dataset.js';
import { GraphQuerySchema } from './graph.js';
import { MessageParamsSchema } from './message-codes.js';
import { ACTOR_KINDS, ALL_ACTOR_SUBTYPES, SENSITIVITY_LEVELS, TIE_TYPES, type ActorSubtype } from './vocabulary.js';

export const IMPORT_FORMATS = ['csv', 'xlsx', 'zip-csv', 'kumu', 'snapshot'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['validating', 'writing', 'validated', 'imported', 'refused', 'needs_mapping', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * Fields a table's column can be mapped to. `org` (the actor's name) is the only required one; the
 * 3W fields (sector, country, admin level 1, coordinates) and the fields of a list of actors
 * (acronym, other names, original-script name, external id, kind, subtype, description, areas,
 * and `reference`: another row's external id, which becomes a tie).
 */
export const MAPPABLE_FIELDS = [
  'org',
  'orgAcronym',
  'aliases',
  'originalName',
  'externalId',
  'kind',
  'subtype',
  'description',
  'areas',
  'reference',
  'sector',
  'subsector',
  'country',
  'countryCode',
  'adm1',
  'adm1Code',
  'lat',
  'lon',
  'source',
  'sourceReliability',
  'credibility',
  'observedAt',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Fields that say who says so (issue 15) about the tie a row's reference makes: the source's text,
 * its reliability (A-F, or an Admiralty grade such as "B2"), the claim's credibility (1-6) and the
 * date observed. They grade the tie's claim, never the actor.
 */
export const EVIDENCE_FIELDS = ['source', 'sourceReliability', 'credibility', 'observedAt'] as const satisfies readonly MappableField[];

/** Fields whose cells may hold several values, split on the mapping's `separator`. */
export const MULTI_VALUE_FIELDS = ['aliases', 'areas', 'reference'] as const satisfies readonly MappableField[];

/** Fields a whole file may state once (every row is a party to the conflict, in this area...). */
export const CONSTANT_FIELDS = ['kind', 'subtype', 'areas'] as const;

/** What a reference column means; each becomes a tie of `referenceTieType`, the meaning kept in its description. */
export const REFERENCE_RELATIONS = ['parent_organisation', 'member_of', 'splinter_of'] as const;

/**
 * How to read a table: which column feeds which field (by header text or letter; `headerLine` is
 * the file line of the header row), how coded values translate (`kindValues`: "4" -> government),
 * constants for the whole file, the separator of multi-value cells, the scheme of the external
 * ids, what a reference column means, and the person's corrections of the actor matches
 * (`matches`: a row's key -> an existing actor's id, or "new"). Without `columns` the importer's
 * own reading of the columns is kept and only the rest applies.
 */
export const ColumnMappingSchema = z.strictObject({
  headerLine: z.number().int().min(1).max(50).optional(),
  columns: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.string().min(1).max(200)).optional(),
  separator: z.string().min(1).max(5).optional().describe('Splits cells of aliases, areas and reference columns; default ";"'),
  externalIdScheme: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/)
    .optional()
    .describe('The register of the external id column, e.g. acled; default: the column header'),
  kindValues: z.record(z.string().max(100), z.enum(ACTOR_KINDS)).optional().describe('Cell value -> actor kind'),
  subtypeValues: z
    .record(z.string().max(100), z.enum(ALL_ACTOR_SUBTYPES as [ActorSubtype, ...ActorSubtype[]]))
    .optional()
    .describe('Cell value -> subtype'),
  constants: z.partialRecord(z.enum(CONSTANT_FIELDS), z.string().min(1).max(200)).optional().describe('A value for every row'),
  referenceRelation: z.enum(REFERENCE_RELATIONS).optional(),
  referenceTieType: z.enum(TIE_TYPES).optional().describe('The tie a reference becomes; default affiliated_with'),
  matches: z
    .record(z.string().max(400), z.string().min(1).max(80))
    .optional()
    .refine((value) => !value || Object.keys(value).length <= 500, 'at most 500 corrections')
    .describe('Row key -> existing actor id, or "new"'),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const MATCH_REASONS = ['person', 'externalId', 'name', 'acronym', 'alias', 'variants'] as const;

/** One actor of the file: matched to an actor of the map (its id), or created. */
export const ActorMatchSchema = z.object({
  key: z.string().describe('What a "same as" correction is keyed by (mapping.matches)'),
  name: z.string().describe('The name as the file gives it'),
  line: z.number().int().nullable(),
  status: z.enum(['matched', 'created']),
  id: z.string().nullable().describe('The existing actor when matched'),
  existingName: z.string().nullable(),
  by: z
    .enum(MATCH_REASONS)
    .nullable()
    .describe('What matched: a person\'s choice, an external id, the name, acronym or an alias (folded), or every variant of "A / B"'),
  note: z.string().nullable(),
  alsoNamedIds: z
    .array(z.string())
    .optional()
    .describe('Other visible actors of this name ("same as" may pick one); the note names them as the reader may see them'),
});
export type ActorMatch = z.infer<typeof ActorMatchSchema>;

/** Query of POST /api/imports (the file is the raw request body). */
export const ImportQuerySchema = z.strictObject({
  filename: z.string().min(1).max(255).describe('Name of the uploaded file; its extension helps to recognise the format'),
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1'),
  async: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .describe('Answer 202 with the job id at once and import in the background'),
  mapping: z.string().max(12000).optional().describe('JSON of a ColumnMapping, for files whose columns are not recognised'),
  createAreas: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .describe(
      'Tables (CSV, XLSX, 3W) only: create the admin areas the file names that the map lacks. Default: they are not created, ' +
        'each is a warning with its lines, and the rows keep their other data without the area link. Kumu and snapshot files bring their own area trees',
    ),
  asOf: z
    .union([
      z.iso.date({ error: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
      z.iso.datetime({ offset: true, error: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
    ])
    .refine((value) => Date.parse(value) <= Date.now(), { message: 'must not be in the future' })
    .optional()
    .describe(
      'Dated import (issue 14): the date the file describes ("this 3W is as of 30 September"; a date is its first instant, UTC). ' +
        'The versions it writes begin then, so the map as of that date shows it. Not in the future (400), not before the newest ' +
        'version of a record it writes (409 naming the record)',
    ),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** One reason a file or row is refused: the file line (header and hashtag rows counted), column and reason. */
export const ImportProblemSchema = z.object({
  line: z.number().int().nullable().describe('1-based line of the file (or row of the sheet); null for the file as a whole'),
  column: z.string().nullable().describe('Column letter and header, e.g. "H (#org)", or a JSON path'),
  sheet: z.string().nullable().default(null),
  reason: z.string(),
  messageCode: z
    .string()
    .optional()
    .describe(
      'The reason as a code (see MESSAGE_CODES, import.*) for the interface to say; absent in reports of imports made before issue 17',
    ),
  params: MessageParamsSchema.optional().describe("The reason's values: the cell's text, counts, line numbers"),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const DUPLICATE_REASONS = ['case', 'spelling', 'acronym'] as const;

/** Two names that may be the same organisation: shown to a person to confirm, never merged. */
export const DuplicateSuggestionSchema = z.object({
  reason: z.enum(DUPLICATE_REASONS),
  a: z.object({ id: z.string(), name: z.string(), existing: z.boolean() }),
  b: z.object({ id: z.string(), name: z.string(), existing: z.boolean() }),
});
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestionSchema>;

export const ImportCountsSchema = z.object({
  actors: z.number().int(),
  ties: z.number().int(),
  areas: z.number().int(),
  outputs: z.number().int(),
  activities: z.number().int(),
  contributions: z.number().int().describe('Actor -> activity links (an organisation working in a sector)'),
  matched: z
    .object({ actors: z.number().int(), ties: z.number().int() })
    .default({ actors: 0, ties: 0 })
    .describe('Of `actors` and `ties`, how many are records already in the map (updated); the rest are new'),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

/** An admin area a table names that the map does not have: created only when the person asks (createAreas). */
export const MissingAreaSchema = z.object({
  name: z.string(),
  level: z.number().int().describe('0 country, 1 first-level area'),
  rows: z.number().int().describe('How many rows name it'),
  lines: z.array(z.number().int()).describe('The first lines that name it (at most 20)'),
  created: z.boolean().describe('Whether this import creates it (createAreas)'),
});
export type MissingArea = z.infer<typeof MissingAreaSchema>;

export const ImportReportSchema = z.object({
  importId: z.string(),
  status: z.enum(IMPORT_STATUSES),
  file: z.object({
    name: z.string(),
    bytes: z.number().int(),
    format: z.enum(IMPORT_FORMATS).nullable(),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    sheet: z.string().nullable(),
  }),
  headerLine: z.number().int().nullable(),
  hashtagLine: z.number().int().nullable(),
  rows: z
    .object({ total: z.number().int(), validated: z.number().int() })
    .describe('Data rows of the file (elements and connections of a workbook)'),
  records: z
    .object({ total: z.number().int(), written: z.number().int() })
    .describe('Records merged into the map (actors, areas, ties, activities, links)'),
  counts: ImportCountsSchema,
  problems: z.array(ImportProblemSchema),
  warnings: z.array(ImportProblemSchema),
  duplicates: z.array(DuplicateSuggestionSchema),
  matches: z.array(ActorMatchSchema).default([]).describe('Every actor of a table or workbook: matched to an existing actor, or created'),
  missingAreas: z
    .array(MissingAreaSchema)
    .default([])
    .describe('Admin areas a table names that the map lacks (by id, p-code or name): not created unless createAreas'),
  mappingDoubts: z
    .array(ImportProblemSchema)
    .default([])
    .describe('Signs that the columns were read wrongly; the import is not "checked" while there are any'),
  columns: z
    .array(z.object({ letter: z.string(), header: z.string(), field: z.enum(MAPPABLE_FIELDS).nullable(), samples: z.array(z.string()) }))
    .describe('How each column was read; for needs_mapping, what a person maps'),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportJobParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });

export const EXPORT_FORMATS = ['graphml', 'gexf', 'gexf12', 'cytoscape', 'csv', 'csv-nodes', 'csv-edges', 'kumu', 'snapshot'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportParamsSchema = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

/** Query of GET /api/exports/:format: the map's own filters, so "the current view" means the same. */
/**
 * Redaction profiles. `full`: everything the exporter may see. `internal`: actors and ties above
 * internal are pseudonymised, free text (descriptions, needs, sources, aliases) stripped.
 * `shareable`: only public actors and ties, free text stripped.
 */
export const EXPORT_PROFILES = ['full', 'internal', 'shareable'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export const ExportQuerySchema = GraphQuerySchema.extend({
  name: z.string().min(1).max(200).optional().describe('Name of the map written into the export'),
  profile: z.enum(EXPORT_PROFILES).default('internal').describe('Redaction profile: full, internal (default) or shareable'),
  withoutIsolates: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .describe('Leave out actors without a tie in the exported view (after filters and the redaction profile)'),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** What every export says about itself: map, filters, time and the highest sensitivity inside. */
export const ExportMetadataSchema = z.object({
  map: z.string(),
  filters: z.record(z.string(), z.array(z.string())),
  exportedAt: z.string(),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  actors: z.number().int(),
  ties: z.number().int(),
  generator: z.string(),
  profile: z.enum(EXPORT_PROFILES).default('full').describe('The redaction profile the export was made with'),
  exportedBy: z.string().default('unknown').describe('Id of the user who made the export (the watermark)'),
  withoutIsolates: z.boolean().default(false).describe('Whether actors without a tie in the exported view were left out'),
});
export type ExportMetadata = z.infer<typeof ExportMetadataSchema>;

/** Our JSON snapshot: a dataset inside an envelope that carries the export metadata. */
export const SnapshotSchema = z.strictObject({
  format: z.literal('actor-map-snapshot'),
  version: z.literal(1),
  export: ExportMetadataSchema,
  dataset: DatasetSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Query of GET /api/imports: the caller's own recent imports (the only list there is). */
export const ImportListQuerySchema = z.strictObject({
  mine: z.enum(['true', '1']).optional().describe("Only the caller's own imports (always so; stated for clarity)"),
});

/** One of the caller's recent imports: enough to reopen its report or undo it. */
export const ImportListItemSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  startedAt: z.string(),
  undoneAt: z.string().nullable().describe('When it was undone; null if not'),
  counts: ImportCountsSchema.nullable(),
});
export type ImportListItem = z.infer<typeof ImportListItemSchema>;

export const ImportListSchema = z.object({ imports: z.array(ImportListItemSchema) });
export type ImportList = z.infer<typeof ImportListSchema>;
