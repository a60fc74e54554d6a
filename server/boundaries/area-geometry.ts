/**
 * GET /api/areas/geometry: the stored display boundaries as one GeoJSON FeatureCollection, of
 * today or, given `at` (a resolved `asOf`), as the areas and their boundaries were then: an area
 * made since is left out, one deleted since is drawn, a boundary imported again since is drawn as
 * it was (server/history keeps boundary versions apart from area versions).
 * Areas are reference data every signed-in user reads, so nothing here depends on the viewer.
 */
import type { AreaFeatureCollection, AreaGeometryQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { areaGeometry, asOfAreaGeometry } from '../queries/boundaries.js';

export async function readAreaGeometry(db: Database, query: AreaGeometryQuery, at?: number): Promise<AreaFeatureCollection> {
  const filter = { level: query.level ?? null, parent: query.parent ?? null };
  const rows = at === undefined ? await db.read(areaGeometry, filter) : await db.read(asOfAreaGeometry, { ...filter, at });
  let box: [number, number, number, number] | null = null;
  const features = rows.map((row) => {
    const [w, s, e, n] = row.bbox ?? [];
    if (w !== undefined && s !== undefined && e !== undefined && n !== undefined)
      box = box ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)] : [w, s, e, n];
    return {
      type: 'Feature' as const,
      id: row.id,
      properties: {
        id: row.id,
        pcode: row.pcode,
        name: row.name ?? row.id,
        level: row.level,
        parent: row.parent,
        parentId: row.parentId,
        isCapital: row.isCapital,
      },
      geometry: JSON.parse(row.boundary),
    };
  });
  return { type: 'FeatureCollection', bbox: box, features };
}
