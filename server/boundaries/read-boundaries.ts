/**
 * Reads a boundary file into plain features: GeoJSON (a FeatureCollection, a Feature or a bare
 * geometry), TopoJSON (every object of the topology, through topojson-client) or a zipped
 * shapefile (through shpjs, reprojected to WGS 84 by its .prj). The zip is inflated by the import's
 * zip guard first, so a shapefile bomb is refused like a workbook bomb; shpjs never sees more
 * than was counted. Refusals are BoundaryRefused with the feature number when there is one.
 */
import { parseDbf, parseShp } from 'shpjs';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { BoundaryFormat } from '../contracts/index.js';
import { ImportRefused } from '../imports/import-errors.js';
import type { ImportLimits } from '../imports/limits.js';
import { inflateEntries, listZipEntries } from '../imports/zip-guard.js';

/** A feature as read: its attributes and its geometry, not yet checked. */
export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** A file refused as a whole, or at one feature (1-based). */
export class BoundaryRefused extends Error {
  constructor(
    message: string,
    readonly feature: number | null = null,
  ) {
    super(message);
  }
}

/** Most features one file may hold: admin level 3 of a large country is a few thousand. */
export const MAX_BOUNDARY_FEATURES = 20_000;

export function readBoundaryFile(bytes: Uint8Array, limits: ImportLimits): { format: BoundaryFormat; features: RawFeature[] } {
  const read = bytes[0] === 0x50 && bytes[1] === 0x4b ? readShapefileZip(bytes, limits) : readJson(bytes);
  if (read.features.length === 0) throw new BoundaryRefused('the file holds no feature');
  if (read.features.length > MAX_BOUNDARY_FEATURES)
    throw new BoundaryRefused(`the file holds ${read.features.length} features; at most ${MAX_BOUNDARY_FEATURES} are read at once`);
  return read;
}

function readJson(bytes: Uint8Array): { format: BoundaryFormat; features: RawFeature[] } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new BoundaryRefused('the file is neither JSON (GeoJSON, TopoJSON) nor a zip archive (zipped shapefile)');
  }
  const root = json as { type?: unknown };
  if (!root || typeof root !== 'object') throw new BoundaryRefused('the JSON is not a GeoJSON or TopoJSON object');
  if (root.type === 'Topology') return { format: 'topojson', features: topologyFeatures(json as Topology) };
  if (root.type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features)) throw new BoundaryRefused('"features" of the FeatureCollection is not a list');
    return { format: 'geojson', features: features.map(plainFeature) };
  }
  if (root.type === 'Feature') return { format: 'geojson', features: [plainFeature(json, 0)] };
  if (root.type === 'Polygon' || root.type === 'MultiPolygon') return { format: 'geojson', features: [{ properties: {}, geometry: json }] };
  throw new BoundaryRefused(`the JSON's type is ${JSON.stringify(root.type ?? null)}; expected FeatureCollection, Feature or Topology`);
}

function plainFeature(item: unknown, index: number): RawFeature {
  const candidate = item as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
  if (!candidate || typeof candidate !== 'object' || candidate.type !== 'Feature')
    throw new BoundaryRefused('is not a GeoJSON Feature', index + 1);
  const properties =
    candidate.properties && typeof candidate.properties === 'object' ? (candidate.properties as Record<string, unknown>) : {};
  return { properties, geometry: candidate.geometry ?? null };
}

function topologyFeatures(topology: Topology): RawFeature[] {
  if (!topology.objects || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs))
    throw new BoundaryRefused('the TopoJSON has no "objects" or no "arcs"');
  const features: RawFeature[] = [];
  for (const object of Object.values(topology.objects)) {
    let converted: unknown;
    try {
      converted = topologyFeature(topology, object);
    } catch {
      throw new BoundaryRefused('the TopoJSON could not be read (an object refers to arcs it lacks)');
    }
    const collection = converted as { type: string; features?: unknown[] };
    const items = collection.type === 'FeatureCollection' ? (collection.features ?? []) : [converted];
    for (const item of items) features.push(plainFeature(item, features.length));
  }
  return features;
}

const SHAPEFILE_PARTS = /\.(shp|dbf|prj|cpg)$/i;

function readShapefileZip(bytes: Uint8Array, limits: ImportLimits): { format: BoundaryFormat; features: RawFeature[] } {
  let files: Map<string, Uint8Array>;
  try {
    const names = listZipEntries(bytes).map((entry) => entry.name);
    const shps = names.filter((name) => /\.shp$/i.test(name) && !name.includes('__MACOSX'));
    if (shps.length !== 1)
      throw new BoundaryRefused(
        `a zipped shapefile must hold exactly one .shp file; this zip holds ${shps.length === 0 ? 'none' : shps.join(', ')}`,
      );
    const base = (shps[0] as string).slice(0, -4);
    files = inflateEntries(bytes, limits, (name) => name.slice(0, -4) === base && SHAPEFILE_PARTS.test(name));
  } catch (error) {
    if (error instanceof ImportRefused) throw new BoundaryRefused(error.message);
    throw error;
  }
  const part = (extension: string) => [...files.entries()].find(([name]) => name.toLowerCase().endsWith(extension))?.[1];
  const shp = part('.shp');
  if (!shp) throw new BoundaryRefused('the .shp file of the zip could not be read');
  const dbf = part('.dbf');
  const prj = part('.prj');
  const cpg = part('.cpg');
  let geometries: unknown[];
  let records: Record<string, unknown>[] = [];
  try {
    geometries = parseShp(shp, prj ? new TextDecoder().decode(prj) : undefined) as unknown[];
    if (dbf) records = parseDbf(dbf, cpg ? new TextDecoder().decode(cpg) : undefined) as Record<string, unknown>[];
  } catch {
    throw new BoundaryRefused('the shapefile could not be read (damaged .shp or .dbf)');
  }
  return { format: 'shapefile', features: geometries.map((geometry, index) => ({ geometry, properties: records[index] ?? {} })) };
}
