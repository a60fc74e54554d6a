/**
 * The area map over a PMTiles basemap (ACTOR_MAP_BASEMAP_URL=pmtiles://…): one archive file on a
 * plain web server that answers byte ranges, no tile server. The page reads the archive's header
 * through the pmtiles package, sees raster tiles, and draws them under the boundaries; the
 * Content-Security-Policy lets the archive's origin in, and nothing beyond the app and that server
 * is asked for. Screenshot to ACTOR_MAP_SHOTS when set.
 */
import { describe, expect, it } from 'vitest';
import { useAreaMapOverBasemap } from '../support/area-map-over-basemap.js';

const { app, basemap, page: opened, refused, blocked } = await useAreaMapOverBasemap((basemap) => `pmtiles://${basemap.pmtilesUrl}`);
const SHOTS = process.env.ACTOR_MAP_SHOTS;

describe('the area map over a PMTiles archive', () => {
  it('reads the archive by byte ranges and draws its raster tiles under the boundaries', async () => {
    expect(await opened().evaluate(() => window.__actorMapGeo!.basemap)).toBe(true);
    await opened().waitForFunction(() => window.__actorMapGeo!.map.isSourceLoaded('basemap'), undefined, { timeout: 30_000 });
    const style = await opened().evaluate(() => {
      const { map } = window.__actorMapGeo!;
      return { layers: map.getStyle().layers.map((layer) => layer.id), source: map.getStyle().sources.basemap };
    });
    expect(style.source).toMatchObject({ type: 'raster', url: `pmtiles://${basemap.pmtilesUrl}` });
    expect(style.layers.slice(0, 2)).toEqual(['background', 'basemap']);
    expect(style.layers.indexOf('area-fill')).toBeGreaterThan(style.layers.indexOf('basemap'));
    // Only the archive was asked for: header and directory, then the tile's bytes, all from the one file.
    expect(basemap.served.length).toBeGreaterThanOrEqual(2);
    expect(new Set(basemap.served)).toEqual(new Set(['/veridia.pmtiles']));
    // The tile reached the canvas: its sand colour shows around the country. Read while a frame
    // renders, as the PNG export does: the map does not keep its drawing buffer between frames.
    const sand = await opened().evaluate(
      () =>
        new Promise<{ r: number | undefined; g: number | undefined; b: number | undefined }>((resolve) => {
          const { map } = window.__actorMapGeo!;
          map.once('render', () => {
            const canvas = map.getCanvas();
            const context = document.createElement('canvas').getContext('2d')!;
            context.canvas.width = canvas.width;
            context.canvas.height = canvas.height;
            context.drawImage(canvas, 0, 0);
            const [r, g, b] = context.getImageData(5, 5, 1, 1).data;
            resolve({ r, g, b });
          });
          map.triggerRepaint();
        }),
    );
    expect(sand.r).toBeGreaterThan(sand.b! + 30);
    expect(await opened().locator('[data-area-label]').count()).toBe(8);
    if (SHOTS) await opened().screenshot({ path: `${SHOTS}/area-map-pmtiles.png` });
    expect(refused).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it("allows the archive's origin in the Content-Security-Policy", async () => {
    const policy = (await fetch(`${app.server.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${basemap.origin}`);
  });
});
