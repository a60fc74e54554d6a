/**
 * The area map's optional basemap (issue 16), set by the operator in `ACTOR_MAP_BASEMAP_URL`: a
 * MapLibre style JSON, a raster tile URL template (`{z}/{x}/{y}`), or a PMTiles archive
 * (`pmtiles://` followed by the archive's URL or a path on this server), served from a host the
 * operator trusts (a tile server on the mission's network, or a plain web server that answers
 * range requests: a PMTiles file needs no tile server). Shared by the server (configuration and
 * the Content-Security-Policy) and the client (which style it builds), so both read the URL the
 * same way.
 */
import { z } from 'zod';

export type BasemapKind = 'style' | 'raster' | 'pmtiles';

const PMTILES = 'pmtiles://';

/** A PMTiles archive; a raster tile template names the tile's zoom, column and row; anything else is a style JSON. */
export function basemapKindOf(url: string): BasemapKind {
  if (url.startsWith(PMTILES)) return 'pmtiles';
  return url.includes('{z}') && url.includes('{x}') && url.includes('{y}') ? 'raster' : 'style';
}

/** Where the browser fetches the basemap from: the URL itself, or a PMTiles archive's own URL. */
export function basemapLocation(url: string): string {
  return url.startsWith(PMTILES) ? url.slice(PMTILES.length) : url;
}

export const BasemapUrlSchema = z
  .string()
  .max(2000)
  .refine((url) => /^https?:\/\/[^/]/.test(basemapLocation(url)) || /^\/[^/]/.test(basemapLocation(url)), {
    message: 'must be an http(s):// URL or a path on this server starting with / (after pmtiles:// for a PMTiles archive)',
  })
  .describe('A MapLibre style JSON URL, a raster tile URL template with {z}, {x} and {y}, or pmtiles:// and a PMTiles archive URL');

/** What the page shell tells the client (`<meta name="actor-map-basemap">`). */
export const BasemapSettingsSchema = z.object({ url: BasemapUrlSchema });
export type BasemapSettings = z.infer<typeof BasemapSettingsSchema>;
