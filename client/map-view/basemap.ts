/**
 * The area map's base style: a plain background (the default, nothing fetched), or the basemap the
 * operator configured (ACTOR_MAP_BASEMAP_URL, told in the page shell's `<meta name="actor-map-basemap">`):
 * a raster tile template becomes a raster source, a style JSON is fetched and used as it is. The
 * boundaries and counts are added above it. A basemap that cannot be read leaves the plain
 * background, so the map still works offline.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { BasemapSettingsSchema, basemapKindOf } from '../../server/contracts/index.js';

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

/** The style the map starts with; throws when a configured style JSON cannot be read. */
export async function baseStyle(url: string | null): Promise<StyleSpecification> {
  if (url === null) return PLAIN_STYLE;
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
