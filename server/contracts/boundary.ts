/**
 * Admin area boundaries (issue 16): the import of GeoJSON, TopoJSON and zipped shapefiles as OCHA
 * COD-AB and geoBoundaries publish them, its report, and the geometry the map view draws.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, queryList } from './common.js';
import { MessageParamsSchema } from './message-codes.js';
import { AsOfSchema } from './round.js';
import { ACTOR_KINDS, TIE_TYPES } from './vocabulary.js';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

export const BoundaryImportQuerySchema = z.strictObject({
  filename: z.string().min(1).max(255).optional().describe('Name of the uploaded file (.geojson, .json, .topojson or .zip)'),
  dryRun: flag.describe('Check only: the report of what would be matched, created and left unmatched; nothing written'),
  createAreas: flag.describe(
    'Create the areas of features that match no area (p-code, name, level, parent from the file); default: reported as unmatched',
  ),
  level: z
    .enum(['0', '1', '2', '3', '4'])
    .optional()
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .describe('Read the attributes of this admin level (ADM<level>_PCODE...) when the file carries several; default: the deepest'),
});
export type BoundaryImportQuery = z.infer<typeof BoundaryImportQuerySchema>;

export const BOUNDARY_FORMATS = ['geojson', 'topojson', 'shapefile'] as const;
export type BoundaryFormat = (typeof BOUNDARY_FORMATS)[number];

const featureRef = {
  feature: z.number().int().describe('1-based number of the feature in the file'),
  name: z.string().nullable(),
  pcode: z.string().nullable(),
};

/** A reason in English and, beside it, as a code with params for the interface to say (issue 17). */
const codedReason = {
  reason: z.string().describe('In English; the same as messageCode + params'),
  messageCode: z.string().describe("The reason as a code (see MESSAGE_CODES, boundary.* and the area rules' field.*)"),
  params: MessageParamsSchema.describe("The reason's values: polygon, ring and position numbers, counts, p-codes"),
};

export const BoundaryImportReportSchema = z.object({
  status: z.enum(['validated', 'imported', 'refused']),
  dryRun: z.boolean(),
  format: z.enum(BOUNDARY_FORMATS).nullable(),
  features: z.number().int().describe('Features read from the file'),
  matched: z.array(z.object({ ...featureRef, areaId: z.string(), by: z.enum(['pcode', 'name']) })),
  created: z.array(z.object({ ...featureRef, areaId: z.string(), level: z.number().int(), parentId: z.string().nullable() })),
  unmatched: z.array(z.object({ ...featureRef, level: z.number().int().nullable(), ...codedReason })),
  problems: z
    .array(z.object({ feature: z.number().int().nullable(), ...codedReason }))
    .describe('Why the file was refused; empty otherwise'),
  points: z
    .object({ original: z.number().int(), display: z.number().int() })
    .describe('Coordinates before and after simplification for display'),
});
export type BoundaryImportReport = z.infer<typeof BoundaryImportReportSchema>;

export const AreaGeometryQuerySchema = z.strictObject({
  level: z
    .enum(['0', '1', '2', '3', '4'])
    .optional()
    .transform((value) => (value === undefined ? undefined : Number(value))),
  parent: z.string().max(100).optional().describe('Only areas inside this one (its id or p-code)'),
  asOf: AsOfSchema.describe('The areas and their boundaries as they were at a round (its id) or an ISO date-time, as /api/graph takes it'),
});
export type AreaGeometryQuery = z.infer<typeof AreaGeometryQuerySchema>;

const PositionSchema = z.array(z.number()).min(2).max(3);
const PolygonCoordinates = z.array(z.array(PositionSchema));
export const AreaGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoordinates) }),
]);
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

export const AreaFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({
    id: z.string(),
    pcode: z.string().nullable(),
    name: z.string(),
    level: z.number().int(),
    parent: z.string().nullable().describe("The parent area's p-code (its id when it has none)"),
    parentId: z.string().nullable(),
    isCapital: z.boolean(),
  }),
  geometry: AreaGeometrySchema,
});
export type AreaFeature = z.infer<typeof AreaFeatureSchema>;

export const AreaFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.array(z.number()).length(4).nullable(),
  features: z.array(AreaFeatureSchema),
});
export type AreaFeatureCollection = z.infer<typeof AreaFeatureCollectionSchema>;

export const PICTURE_LAYERS = ['actors', 'engagements', 'coordination', 'ties'] as const;
export type PictureLayer = (typeof PICTURE_LAYERS)[number];
/** A coordination cell on the map: its worst flag, or covered when it has none. */
export const COVERAGE_STATES = ['gap', 'overlap', 'fragile', 'covered'] as const;

export const AreaPictureQuerySchema = z.strictObject({
  layer: z.enum(PICTURE_LAYERS),
  from: IsoDateSchema.optional().describe('engagements: first day counted (default: earliest)'),
  to: IsoDateSchema.optional().describe('engagements: last day counted, inclusive'),
  output: IdSchema.optional().describe('coordination: the output (default: the first in handbook order)'),
  tieTypes: queryList(z.enum(TIE_TYPES)).describe('ties: only ties of these types (default: every type)'),
  endKind: z.enum(ACTOR_KINDS).optional().describe('ties: only ties with at least one end of this kind (e.g. conflict_party)'),
  asOf: AsOfSchema.describe(
    'Counted from the record as it was at a round (its id) or an ISO date-time, as /api/graph and the analyses take it',
  ),
});
export type AreaPictureQuery = z.infer<typeof AreaPictureQuerySchema>;

export const AreaPictureSchema = z.object({
  layer: z.enum(PICTURE_LAYERS),
  areas: z
    .array(
      z.object({
        areaId: IdSchema,
        based: z.number().int().describe('actors: visible actors based in the area'),
        active: z.number().int().describe('actors: visible actors active (not based) in the area'),
        byKind: z.record(z.string(), z.number().int()).describe('actors: based or active, by kind'),
        engagements: z.number().int().describe('engagements: visible engagements held in the area in the period'),
        coverage: z.enum(COVERAGE_STATES).nullable().describe('coordination: the state of the chosen output in the area'),
        leads: z.array(z.string()).describe('coordination: names of the visible lead actors'),
      }),
    )
    .describe('Every area, counted only from what the viewer may see'),
  arcs: z
    .array(z.object({ from: IdSchema, to: IdSchema, count: z.number().int(), byType: z.record(z.string(), z.number().int()) }))
    .describe('ties: visible ties between actors based in two different areas, one arc per pair of areas'),
  outputs: z.array(z.object({ id: IdSchema, title: z.string() })).describe('coordination: the outputs to choose from'),
  output: IdSchema.nullable(),
});
export type AreaPicture = z.infer<typeof AreaPictureSchema>;
