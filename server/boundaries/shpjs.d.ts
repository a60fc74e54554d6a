/** The two readers of shpjs 6 we use (it ships no types): geometries from .shp, records from .dbf. */
declare module 'shpjs' {
  /** Geometries of a .shp file, reprojected to WGS 84 when a .prj (WKT text) is given. */
  export function parseShp(shp: Uint8Array | ArrayBuffer | DataView, prj?: string): unknown[];
  /** Attribute records of a .dbf file, decoded with the .cpg code page when given. */
  export function parseDbf(dbf: Uint8Array | ArrayBuffer | DataView, cpg?: string): Record<string, unknown>[];
}
