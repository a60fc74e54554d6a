/**
 * MapLibre GL, its worker and the area map's style sheets, loaded once for the area map. The
 * page's first script calls this when the page opens on the area map (client/main.ts), so the
 * library and the style sheets download and its worker starts (`prewarm`) while the workbench is
 * still loading; the area map takes the same promise (which once asked for the style sheets only
 * when it started). The worker comes from the app's own assets: served by us, so it loads offline
 * and within the CSP.
 */
let loading: Promise<typeof import('maplibre-gl')> | null = null;

export function loadMapLibre(): Promise<typeof import('maplibre-gl')> {
  loading ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
    import('./geo-view.css'),
  ]).then(([maplibregl, worker]) => {
    maplibregl.setWorkerUrl(worker.default);
    maplibregl.prewarm();
    return maplibregl;
  });
  return loading;
}
