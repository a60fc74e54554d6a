/**
 * Admin area boundaries (issue 16): the import of GeoJSON, TopoJSON and zipped shapefiles as OCHA
 * COD-AB and geoBoundaries publish them, its report, and the geometry the map view draws.
 */
import { z } from 'zod';

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

export const BoundaryImportReportSchema = z.object({
  status: z.enum(['validated', 'imported', 'refused']),
  dryRun: z.boolean(),
  format: z.enum(BOUNDARY_FORMATS).nullable(),
  features: z.number().int().describe('Features read from the file'),
  matched: z.array(z.object({ ...featureRef, areaId: z.string(), by: z.enum(['pcode', 'name']) })),
  created: z.array(z.object({ ...featureRef, areaId: z.string(), level: z.number().int(), parentId: z.string().nullable() })),
  unmatched: z.array(z.object({ ...featureRef, level: z.number().int().nullable(), reason: z.string() })),
  problems: z
    .array(z.object({ feature: z.number().int().nullable(), reason: z.string() }))
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
