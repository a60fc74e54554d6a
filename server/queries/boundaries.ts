/** Typed handles on `cypher/boundaries/`: admin area boundaries, as imported and as the map view draws them. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { countRow } from './rows.js';

/** An area with a boundary: its display geometry as GeoJSON text and its bounding box [w, s, e, n]. */
const AreaGeometryRowSchema = z.object({
  id: z.string(),
  pcode: z.string().nullable(),
  name: z.string().nullable(),
  level: z.number(),
  parentId: z.string().nullable(),
  /** The parent's p-code, else its id; null at the top or when the parent is gone. */
  parent: z.string().nullable(),
  isCapital: z.boolean(),
  boundary: z.string(),
  bbox: z.array(z.number()).nullable(),
});
export type AreaGeometryRow = z.infer<typeof AreaGeometryRowSchema>;
export const areaGeometry = query<{ level: number | null; parent: string | null }, AreaGeometryRow>(
  'boundaries/area-geometry',
  AreaGeometryRowSchema,
);
/** The same, as the areas and their boundaries were at `at` (epoch ms). */
export const asOfAreaGeometry = query<{ level: number | null; parent: string | null; at: number }, AreaGeometryRow>(
  'history/asof-area-geometry',
  AreaGeometryRowSchema,
);

/** The stored properties of a new area (match-boundaries' `NewArea`, its names as parallel lists). */
export interface NewAreaProperties {
  id: string;
  name: string;
  level: number;
  parentId: string | null;
  pcode: string | null;
  nameLanguages: string[];
  nameTexts: string[];
}
const CreatedRowSchema = countRow('created');
export const createAreas = query<{ areas: NewAreaProperties[] }, z.infer<typeof CreatedRowSchema>>(
  'boundaries/create-areas',
  CreatedRowSchema,
);

/** One area's boundary as set-boundaries stores it (GeoJSON texts, the box, the number of positions). */
export interface BoundaryProperties {
  id: string;
  display: string;
  original: string;
  bbox: number[];
  points: number;
  source: string | null;
}
const WrittenRowSchema = countRow('written');
export const setBoundaries = query<{ rows: BoundaryProperties[] }, z.infer<typeof WrittenRowSchema>>(
  'boundaries/set-boundaries',
  WrittenRowSchema,
);
