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
import { isMessageCode, type BoundaryFormat } from '../contracts/index.js';
import { because, ImportRefused, type Reason } from '../imports/import-errors.js';
import type { ImportLimits } from '../imports/limits.js';
import { inflateEntries, listZipEntries } from '../imports/zip-guard.js';
import { BoundaryRefused } from './boundary-refused.js';
import { dbfRecordCutShort, readShpRecords } from './shapefile-records.js';

/** A feature as read: its attributes and its geometry, not yet checked. */
export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

export { BoundaryRefused };

/** Most features one file may hold: admin level 3 of a large country is a few thousand. */
export const MAX_BOUNDARY_FEATURES = 20_000;

export function readBoundaryFile(bytes: Uint8Array, limits: ImportLimits): { format: BoundaryFormat; features: RawFeature[] } {
  const read = bytes[0] === 0x50 && bytes[1] === 0x4b ? readShapefileZip(bytes, limits) : readJson(bytes);
  if (read.features.length === 0) throw new BoundaryRefused(because('the file holds no feature', 'boundary.no_feature'));
  if (read.features.length > MAX_BOUNDARY_FEATURES)
    throw new BoundaryRefused(
      because(
        `the file holds ${read.features.length} features; at most ${MAX_BOUNDARY_FEATURES} are read at once`,
        'boundary.too_many_features',
        { count: read.features.length, maximum: MAX_BOUNDARY_FEATURES },
      ),
    );
  return read;
}

function readJson(bytes: Uint8Array): { format: BoundaryFormat; features: RawFeature[] } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new BoundaryRefused(
      because('the file is neither JSON (GeoJSON, TopoJSON) nor a zip archive (zipped shapefile)', 'boundary.not_json_or_zip'),
    );
  }
  const root = json as { type?: unknown };
  if (!root || typeof root !== 'object')
    throw new BoundaryRefused(because('the JSON is not a GeoJSON or TopoJSON object', 'boundary.json_not_an_object'));
  if (root.type === 'Topology') return { format: 'topojson', features: topologyFeatures(json as Topology) };
  if (root.type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features))
      throw new BoundaryRefused(because('"features" of the FeatureCollection is not a list', 'boundary.features_not_a_list'));
    return { format: 'geojson', features: features.map(plainFeature) };
  }
  if (root.type === 'Feature') return { format: 'geojson', features: [plainFeature(json, 0)] };
  if (root.type === 'Polygon' || root.type === 'MultiPolygon') return { format: 'geojson', features: [{ properties: {}, geometry: json }] };
  throw new BoundaryRefused(
    because(
      `the JSON's type is ${JSON.stringify(root.type ?? null)}; expected FeatureCollection, Feature or Topology`,
      'boundary.json_wrong_type',
      { type: JSON.stringify(root.type ?? null) },
    ),
  );
}

function plainFeature(item: unknown, index: number): RawFeature {
  const candidate = item as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
  if (!candidate || typeof candidate !== 'object' || candidate.type !== 'Feature')
    throw new BoundaryRefused(because('is not a GeoJSON Feature', 'boundary.not_a_feature'), index + 1);
  const properties =
    candidate.properties && typeof candidate.properties === 'object' ? (candidate.properties as Record<string, unknown>) : {};
  return { properties, geometry: candidate.geometry ?? null };
}

function topologyFeatures(topology: Topology): RawFeature[] {
  if (!topology.objects || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs))
    throw new BoundaryRefused(because('the TopoJSON has no "objects" or no "arcs"', 'boundary.topojson_no_objects'));
  const features: RawFeature[] = [];
  for (const object of Object.values(topology.objects)) {
    let converted: unknown;
    try {
      converted = topologyFeature(topology, object);
    } catch {
      throw new BoundaryRefused(
        because('the TopoJSON could not be read (an object refers to arcs it lacks)', 'boundary.topojson_unreadable'),
      );
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
        because(
          `a zipped shapefile must hold exactly one .shp file; this zip holds ${shps.length === 0 ? 'none' : shps.join(', ')}`,
          'boundary.zip_not_one_shp',
          { count: shps.length, entries: shps },
        ),
      );
    const base = (shps[0] as string).slice(0, -4);
    files = inflateEntries(bytes, limits, (name) => name.slice(0, -4) === base && SHAPEFILE_PARTS.test(name));
  } catch (error) {
    // The zip guard's refusal (a bomb, a damaged entry) keeps its own coded reason.
    if (error instanceof ImportRefused) throw new BoundaryRefused(zipReason(error));
    throw error;
  }
  const part = (extension: string) => [...files.entries()].find(([name]) => name.toLowerCase().endsWith(extension))?.[1];
  const shp = part('.shp');
  if (!shp) throw new BoundaryRefused(because('the .shp file of the zip could not be read', 'boundary.shp_unreadable'));
  const dbf = part('.dbf');
  const prj = part('.prj');
  const cpg = part('.cpg');
  const projection = prj ? new TextDecoder().decode(prj) : undefined;
  const geometries = readShpRecords(shp, (bytes) => parseShp(bytes, projection));
  let records: Record<string, unknown>[] = [];
  if (dbf) {
    const cutShort = dbfRecordCutShort(dbf);
    if (cutShort !== null)
      throw new BoundaryRefused(
        because(`record ${cutShort} of the .dbf is cut short (the file ends inside it)`, 'boundary.dbf_record_cut_short', {
          record: cutShort,
        }),
        cutShort,
      );
    try {
      records = parseDbf(dbf, cpg ? new TextDecoder().decode(cpg) : undefined);
    } catch {
      throw new BoundaryRefused(because('the .dbf of the shapefile could not be read', 'boundary.dbf_unreadable'));
    }
  }
  return { format: 'shapefile', features: geometries.map((geometry, index) => ({ geometry, properties: records[index] ?? {} })) };
}

/** The zip guard's first problem as the boundary's reason: its code and params, and the English it always gave. */
function zipReason(error: ImportRefused): Reason {
  const first = error.problems[0];
  if (first?.messageCode && isMessageCode(first.messageCode))
    return { reason: error.message, messageCode: first.messageCode, params: first.params ?? {} };
  return because(error.message, 'boundary.shapefile_damaged');
}
