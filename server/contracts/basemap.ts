/**
 * The area map's optional basemap (issue 16), set by the operator in `ACTOR_MAP_BASEMAP_URL`: a
 * MapLibre style JSON or a raster tile URL template (`{z}/{x}/{y}`), served from a host the
 * operator trusts (a tile server on the mission's network). Shared by the server (configuration
 * and the Content-Security-Policy) and the client (which style it builds), so both read the URL
 * the same way. `pmtiles://` is refused: it needs the pmtiles package, which this build does not
 * include.
 */
import { z } from 'zod';

export type BasemapKind = 'style' | 'raster';

/** A raster tile template names the tile's zoom and column and row; anything else is a style JSON. */
export function basemapKindOf(url: string): BasemapKind {
  return url.includes('{z}') && url.includes('{x}') && url.includes('{y}') ? 'raster' : 'style';
}

export const BasemapUrlSchema = z
  .string()
  .max(2000)
  .refine((url) => !url.startsWith('pmtiles://'), {
    message:
      'pmtiles:// is not supported in this build (the pmtiles package is not installed): give a style JSON URL or a raster tile URL template',
  })
  .refine((url) => /^https?:\/\/[^/]/.test(url) || /^\/[^/]/.test(url), {
    message: 'must be an http(s):// URL or a path on this server starting with /',
  })
  .describe('A MapLibre style JSON URL, or a raster tile URL template with {z}, {x} and {y}');

/** What the page shell tells the client (`<meta name="actor-map-basemap">`). */
export const BasemapSettingsSchema = z.object({ url: BasemapUrlSchema });
export type BasemapSettings = z.infer<typeof BasemapSettingsSchema>;
