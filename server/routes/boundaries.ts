/**
 * Admin area boundaries (issue 16): the import (raw file as the body, like /api/imports, with its
 * size limit checked as it streams) and the geometry the map view draws. Mounted before
 * /api/areas/:id, whose parameter would otherwise take "geometry" for an id.
 */
import {
  AreaFeatureCollectionSchema,
  AreaGeometryQuerySchema,
  AreaPictureQuerySchema,
  AreaPictureSchema,
  BoundaryImportQuerySchema,
  BoundaryImportReportSchema,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { readAreaGeometry } from '../boundaries/area-geometry.js';
import { readAreaPicture } from '../boundaries/area-picture.js';
import { importBoundaries } from '../boundaries/import-boundaries.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../imports/limits.js';
import { answer, defineRoute, type RouteSpec } from './route-spec.js';
import { readRawBody } from './transfers.js';
import { createRoundStore } from '../rounds/round-store.js';

export function boundaryRoutes(db: Database, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): RouteSpec[] {
  // `asOf` on the picture is resolved once, as the analyses' routes do, so no layer mixes past and present.
  const rounds = createRoundStore(db);
  return [
    defineRoute({
      method: 'post',
      path: '/api/areas/boundaries',
      access: 'edit',
      // A dry run writes nothing, so it is not an import on record.
      audit: { action: 'import', targetType: 'area', when: ({ query }) => !query.dryRun },
      tag: 'areas',
      summary:
        'Import admin area boundaries (GeoJSON, TopoJSON or zipped shapefile, e.g. OCHA COD-AB or geoBoundaries): matched by p-code, then by name; ' +
        'all or nothing. 200 validated (dryRun), 201 imported, 422 refused with the feature number',
      query: BoundaryImportQuerySchema,
      rawBody: {
        contentTypes: ['application/geo+json', 'application/json', 'application/zip', 'application/octet-stream'],
        description: 'The file itself, size-checked as it streams (at most the import limit, 20 MB by default)',
      },
      success: { status: 201, schema: BoundaryImportReportSchema, description: 'Imported: what was matched, created and left unmatched' },
      outcomes: [
        { status: 200, description: 'Validated (dryRun): the report, nothing written' },
        { status: 422, description: 'Refused: the problems, each with its feature number; nothing written' },
      ],
      errors: [413, 415, 503],
      handle: async ({ query, request, audit, viewer }) => {
        const bytes = await readRawBody(request, limits.maxBytes);
        const report = await importBoundaries(db, bytes, { ...query, limits, source: query.filename, audit, by: viewer.userId });
        return answer(report.status === 'refused' ? 422 : report.status === 'validated' ? 200 : 201, report);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/areas/geometry',
      access: 'read',
      tag: 'areas',
      summary:
        'Boundaries of the admin areas that have one, as a GeoJSON FeatureCollection (pcode, name, level, parent in properties); ' +
        'with asOf, the areas and boundaries as they were then',
      query: AreaGeometryQuerySchema,
      success: { status: 200, schema: AreaFeatureCollectionSchema, description: 'The boundaries, simplified for display' },
      errors: [503],
      handle: async ({ query }) => readAreaGeometry(db, query, query.asOf === undefined ? undefined : await rounds.resolveAsOf(query.asOf)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/areas/picture',
      access: 'read',
      tag: 'areas',
      summary:
        'Per-area counts for the map view, only from what the caller may see: actors (based, active, by kind), engagements in a period, ' +
        'coordination of one output (gap, overlap, fragile, covered), or ties between areas as arcs (by type, optionally to one kind of actor); ' +
        'with asOf, as the record was then',
      query: AreaPictureQuerySchema,
      success: { status: 200, schema: AreaPictureSchema, description: 'The counts per area and, for ties, the arcs' },
      errors: [404, 503],
      handle: async ({ query, viewer }) =>
        readAreaPicture(db, query, viewer, query.asOf === undefined ? undefined : await rounds.resolveAsOf(query.asOf)),
    }),
  ];
}
