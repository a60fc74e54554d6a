/**
 * GET /api/areas/geometry: the stored display boundaries as one GeoJSON FeatureCollection.
 * Areas are reference data every signed-in user reads, so nothing here depends on the viewer.
 */
import type { AreaFeatureCollection, AreaGeometryQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';

export const AREA_GEOMETRY_QUERIES = ['boundaries/area-geometry'] as const;

export async function readAreaGeometry(db: Database, query: AreaGeometryQuery): Promise<AreaFeatureCollection> {
  const rows = await db.read('boundaries/area-geometry', { level: query.level ?? null, parent: query.parent ?? null });
  let box: [number, number, number, number] | null = null;
  const features = rows.map((row) => {
    const [w, s, e, n] = (row.bbox as number[] | null) ?? [];
    if (w !== undefined && s !== undefined && e !== undefined && n !== undefined)
      box = box ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)] : [w, s, e, n];
    return {
      type: 'Feature' as const,
      id: String(row.id),
      properties: {
        id: String(row.id),
        pcode: (row.pcode as string | null) ?? null,
        name: String(row.name ?? row.id),
        level: Number(row.level),
        parent: (row.parent as string | null) ?? null,
        parentId: (row.parentId as string | null) ?? null,
        isCapital: row.isCapital === true,
      },
      geometry: JSON.parse(String(row.boundary)),
    };
  });
  return { type: 'FeatureCollection', bbox: box, features };
}
