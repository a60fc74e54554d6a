/**
 * The area map over a basemap (ACTOR_MAP_BASEMAP_URL): the app started with a style JSON served by
 * a local tile server on another origin. The page learns the URL from its shell, the
 * Content-Security-Policy lets that one origin in, the style's raster source loads its tiles,
 * and the boundaries are drawn above it; every other request beyond the app and the tile server
 * is refused, and none is made. Screenshot to ACTOR_MAP_SHOTS when set.
 */
import { describe, expect, it } from 'vitest';
import { useAreaMapOverBasemap } from '../support/area-map-over-basemap.js';

const { app, basemap, page: opened, refused, blocked } = await useAreaMapOverBasemap((basemap) => basemap.styleUrl);
const SHOTS = process.env.ACTOR_MAP_SHOTS;

describe('the area map over a configured basemap', () => {
  it('loads the style and its tiles from the basemap server and draws the boundaries above them', async () => {
    expect(await opened().evaluate(() => window.__actorMapGeo!.basemap)).toBe(true);
    await opened().waitForFunction(() => window.__actorMapGeo!.map.isSourceLoaded('test-ground'), undefined, { timeout: 30_000 });
    const layers = await opened().evaluate(() => window.__actorMapGeo!.map.getStyle().layers.map((layer) => layer.id));
    expect(layers.slice(0, 2)).toEqual(['ground-background', 'ground']);
    expect(layers.indexOf('area-fill')).toBeGreaterThan(layers.indexOf('ground'));
    expect(basemap.served).toContain('/style.json');
    expect(basemap.served.filter((path) => path.startsWith('/tiles/')).length).toBeGreaterThan(0);
    expect(await opened().locator('[data-area-label]').count()).toBe(8);
    if (SHOTS) await opened().screenshot({ path: `${SHOTS}/area-map-basemap.png` });
    expect(refused).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('allows the basemap origin in the Content-Security-Policy, and no other', async () => {
    const response = await fetch(`${app.server.baseUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${basemap.origin}`);
    expect(policy).toContain(`img-src 'self' data: blob: ${basemap.origin}`);
    expect(await response.text()).toContain('name="actor-map-basemap"');
  });
});
