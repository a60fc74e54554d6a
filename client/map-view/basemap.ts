/**
 * The area map's base style: a plain background (the default, nothing fetched), or the basemap the
 * operator configured (ACTOR_MAP_BASEMAP_URL, told in the page shell's `<meta name="actor-map-basemap">`):
 * a raster tile template becomes a raster source, a style JSON is fetched and used as it is, and a
 * PMTiles archive is read through the `pmtiles` package's MapLibre protocol: raster tiles as a
 * raster layer, vector tiles drawn plainly (land, water and lines in quiet greys, no labels, so no
 * fonts are fetched). The boundaries and counts are added above it. A basemap that cannot be read
 * leaves the plain background, so the map still works offline.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { BasemapSettingsSchema, basemapKindOf, basemapLocation } from '../../server/contracts/index.js';

export const PLAIN_BACKGROUND = '#dfe7ec';

/** A plain background and nothing else: no tiles, no glyphs, so nothing leaves the app. */
export const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': PLAIN_BACKGROUND } }],
};

/** Source id of a raster basemap (a style JSON keeps its own ids). */
export const BASEMAP_SOURCE = 'basemap';

/** The configured basemap URL, or null when the shell names none (or names it badly). */
export function configuredBasemapUrl(): string | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="actor-map-basemap"]')?.content;
  if (!content) return null;
  try {
    const parsed = BasemapSettingsSchema.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data.url : null;
  } catch {
    return null;
  }
}

let protocol: Promise<Protocol> | null = null;

/** The one `pmtiles://` protocol of the page (the package is loaded only when a basemap is configured). */
export function pmtilesProtocol(): Promise<Protocol> {
  protocol ??= import('pmtiles').then(({ Protocol }) => new Protocol());
  return protocol;
}

/** Vector layers named like water are drawn as water; the rest as land and lines. */
const WATER = /water|ocean|sea|lake|river/i;

/** A PMTiles archive as a style: its header says whether its tiles are pictures or vector data. */
async function pmtilesStyle(location: string): Promise<StyleSpecification> {
  const [{ PMTiles, TileType }, shared] = await Promise.all([import('pmtiles'), pmtilesProtocol()]);
  const archive = new PMTiles(new URL(location, window.location.href).href);
  shared.add(archive);
  const header = await archive.getHeader();
  const url = `pmtiles://${archive.source.getKey()}`;
  if ([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif].includes(header.tileType))
    return {
      version: 8,
      sources: { [BASEMAP_SOURCE]: { type: 'raster', url, tileSize: 256 } },
      layers: [...PLAIN_STYLE.layers, { id: BASEMAP_SOURCE, type: 'raster', source: BASEMAP_SOURCE }],
    };
  if (header.tileType !== TileType.Mvt) throw new Error(`PMTiles tile type ${header.tileType} is neither pictures nor vector tiles`);
  const metadata = (await archive.getMetadata()) as { vector_layers?: { id: string }[] } | null;
  const layers: LayerSpecification[] = (metadata?.vector_layers ?? []).flatMap(({ id }) => [
    {
      id: `${BASEMAP_SOURCE}-${id}-fill`,
      type: 'fill',
      source: BASEMAP_SOURCE,
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': WATER.test(id) ? '#c4d7e4' : '#ebece4' },
    },
    {
      id: `${BASEMAP_SOURCE}-${id}-line`,
      type: 'line',
      source: BASEMAP_SOURCE,
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': WATER.test(id) ? '#a9c4d6' : '#c5c9cc', 'line-width': 0.7 },
    },
  ]);
  return { version: 8, sources: { [BASEMAP_SOURCE]: { type: 'vector', url } }, layers: [...PLAIN_STYLE.layers, ...layers] };
}

/** The style the map starts with; throws when a configured style JSON or archive cannot be read. */
export async function baseStyle(url: string | null): Promise<StyleSpecification> {
  if (url === null) return PLAIN_STYLE;
  if (basemapKindOf(url) === 'pmtiles') return pmtilesStyle(basemapLocation(url));
  if (basemapKindOf(url) === 'raster')
    return {
      version: 8,
      sources: { [BASEMAP_SOURCE]: { type: 'raster', tiles: [url], tileSize: 256 } },
      layers: [...PLAIN_STYLE.layers, { id: BASEMAP_SOURCE, type: 'raster', source: BASEMAP_SOURCE }],
    };
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const style = (await response.json()) as StyleSpecification;
  if (style.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) throw new Error('not a MapLibre style');
  return style;
}
