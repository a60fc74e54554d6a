/**
 * The area map (issue 16): admin area boundaries drawn with MapLibre GL on a plain background
 * (no tiles, no glyphs, nothing fetched but the app's own API, so it works offline), coloured by
 * one layer of GET /api/areas/picture with its legend. Clicking an area filters the network view
 * to it (clicking it again clears the filter); the actors selected in the network (the selection
 * and the bulk selection) outline their areas. MapLibre is loaded on first use, so the network
 * view pays nothing for it. With a basemap configured (basemap.ts) the boundaries are drawn above
 * it, less opaque. When the timeline shows a past point, the counts are as of then (the picture
 * follows the timeline through api.ts, client/rounds/as-of.ts) and the view, which changes
 * nothing, says so. Every word is the page's language (the `area-map` catalogue).
 */
import { AREAS_CHANGED } from './areas-changed.js';
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import {
  AreaFeatureCollectionSchema,
  AreaPictureSchema,
  TIE_TYPES,
  type AreaFeatureCollection,
  type AreaPicture,
} from '../../server/contracts/index.js';
import { getJson } from '../api.js';
import { currentLanguage, formatDate, t, type MessageKey } from '../i18n/i18n.js';
import { directionOf } from '../i18n/languages.js';
import type { AppState, AsOfPoint } from '../state.js';
import { h } from '../ui/dom.js';
import { baseStyle, configuredBasemapUrl, PLAIN_STYLE, pmtilesProtocol } from './basemap.js';
import { exportMapPng } from './export-png.js';
import { loadMapLibre } from './load-maplibre.js';
import { anchorsOf, drawPicture, type ActorPlacement, type Drawing } from './map-layers.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';

export interface GeoViewDeps {
  getState(): Readonly<AppState>;
  setAreaFilter(areaIds: string[]): void;
  notify(text: string, tone?: 'info' | 'error'): void;
  /** Called once the view's first picture is drawn, or could not be (no boundaries, a failure). */
  settled?(): void;
}

declare global {
  interface Window {
    __actorMapGeo?: {
      map: MapLibreMap;
      /** Where each drawn area's counts are placed (of the boundaries drawn now). */
      readonly anchors: Map<string, [number, number]>;
      /** The layer drawn last, and the past point its counts are as of (null: today). */
      drawn: () => string | null;
      drawnAsOf: () => string | null;
      /** Whether the configured basemap is under the boundaries (false: the plain background). */
      basemap: boolean;
    };
  }
}

const LAYERS = ['actors', 'engagements', 'coordination', 'ties'] as const;
const layerLabel = (layer: string) => t(`area-map.layer_${layer}` as MessageKey);
const pointText = (point: AsOfPoint) =>
  point.name ? `${point.name}, ${formatDate(point.at)}` : formatDate(point.at, { dateStyle: 'medium', timeStyle: 'short' });

export function mountGeoView(root: HTMLElement, deps: GeoViewDeps): (state: Readonly<AppState>) => void {
  let started = false;
  let map: MapLibreMap | null = null;
  let geometry: AreaFeatureCollection | null = null;
  /** The past point the boundaries drawn are of (null: today): a move along the timeline draws the areas as they were. */
  let geometryAsOf: string | null = null;
  /** Set when the Areas dialog changed the areas: the next redraw fetches the boundaries again. */
  let geometryStale = false;
  let maplib: typeof import('maplibre-gl') | null = null;
  let labels: Marker[] = [];
  let anchors = new Map<string, [number, number]>();
  let drawing: Drawing | null = null;
  let drawnLayer: string | null = null;
  /** Adds the map's sources and layers, with the first drawing's points and arcs; set once the map exists, cleared once called. */
  let addLayers: ((first: Drawing | null) => void) | null = null;
  let drawnAsOf: string | null = null;
  /** The past point shown (its `asOf` parameter), so a move along the timeline redraws the counts. */
  let shownPoint: AsOfPoint | null = deps.getState().asOf;

  const layer = h(
    'select',
    { id: 'geo-layer', 'aria-label': t('area-map.layerLabel') },
    ...LAYERS.map((value) => h('option', { value }, layerLabel(value))),
  );
  const placement = h(
    'select',
    { id: 'geo-placement', 'aria-label': t('area-map.placementLabel') },
    ...(['any', 'based', 'active'] as const).map((value) => h('option', { value }, t(`area-map.placement_${value}`))),
  );
  const from = h('input', { type: 'date', id: 'geo-from', 'aria-label': t('area-map.engagementsFrom') });
  const to = h('input', { type: 'date', id: 'geo-to', 'aria-label': t('area-map.engagementsTo') });
  const output = h('select', { id: 'geo-output', 'aria-label': t('area-map.output') });
  const tieType = h(
    'select',
    { id: 'geo-tie-type', 'aria-label': t('area-map.tieType') },
    h('option', { value: '' }, t('area-map.everyTieType')),
    ...TIE_TYPES.map((type) => h('option', { value: type }, tieTypeLabel(type))),
  );
  const partyOnly = h('input', { type: 'checkbox', id: 'geo-party-only' });
  const partyLabel = h('label', { for: 'geo-party-only' }, partyOnly, ' ', t('area-map.partyOnly'));
  const exportButton = h('button', { type: 'button', id: 'geo-export', 'data-testid': 'geo-export' }, t('area-map.exportPng'));
  const areaSelect = h(
    'select',
    { id: 'geo-area', 'aria-label': t('area-map.areaFilterLabel') },
    h('option', { value: '' }, t('area-map.everyArea')),
  );
  const status = h('p', { class: 'geo-status', role: 'status', 'data-testid': 'geo-status' });
  const canvasBox = h('div', { class: 'geo-canvas', 'data-testid': 'geo-canvas' });
  const legend = h('div', { class: 'geo-legend', 'data-testid': 'geo-legend', 'aria-label': t('area-map.legend') });
  const controls = h(
    'div',
    { class: 'geo-controls toolbar-group' },
    layer,
    placement,
    from,
    to,
    output,
    tieType,
    partyLabel,
    areaSelect,
    exportButton,
  );
  const title = () =>
    drawing ? t('area-map.title', { layer: layerLabel(layer.value), legend: drawing.legend.title }) : layerLabel(layer.value);
  const pngNote = () => {
    // Dates isolated: digits next to "Actor Map" in an Arabic line were reordered around it.
    const today = `\u2068${formatDate(new Date())}\u2069`;
    return shownPoint
      ? t('area-map.pngNotePast', { point: `\u2068${pointText(shownPoint)}\u2069`, date: today })
      : t('area-map.pngNote', { date: today });
  };

  function showControls(): void {
    placement.hidden = layer.value !== 'actors';
    from.hidden = to.hidden = layer.value !== 'engagements';
    output.hidden = layer.value !== 'coordination';
    tieType.hidden = partyLabel.hidden = layer.value !== 'ties';
  }

  async function start(): Promise<void> {
    root.append(controls, status, h('div', { class: 'geo-body' }, canvasBox, legend));
    showControls();
    status.textContent = t('area-map.loading');
    const basemapUrl = configuredBasemapUrl();
    // The first layer's counts are asked for with the boundaries, not once MapLibre has loaded.
    askForPicture();
    const point = shownPoint;
    const [maplibregl, loaded, style] = await Promise.all([
      loadMapLibre(),
      fetchGeometry(point),
      baseStyle(basemapUrl).catch(() => {
        deps.notify(t('area-map.basemapFailed'), 'error');
        return null;
      }),
    ]);
    const withBasemap = style !== null && basemapUrl !== null;
    // A PMTiles archive, named by the setting or by a configured style's sources, is read through its protocol.
    if (withBasemap) maplibregl.addProtocol('pmtiles', (await pmtilesProtocol()).tile);
    maplib = maplibregl;
    takeGeometry(loaded, point);
    if (loaded.features.length === 0) {
      status.textContent = t('area-map.noBoundaries');
      deps.settled?.();
      return;
    }
    const ready = new maplibregl.Map({
      container: canvasBox,
      style: style ?? PLAIN_STYLE,
      bounds: loaded.bbox as [number, number, number, number],
      fitBoundsOptions: { padding: 30 },
      attributionControl: false,
    });
    map = ready;
    // Until the user pans or zooms, the whole country stays in view when the room changes (the
    // actor panel opening beside the map, a window resized).
    let movedByUser = false;
    ready.on('movestart', (event) => {
      if (event.originalEvent) movedByUser = true;
    });
    ready.on('resize', () => {
      const box = geometry?.bbox;
      if (!movedByUser && box) ready.fitBounds(box as [number, number, number, number], { padding: 30, animate: false });
    });
    window.__actorMapGeo = {
      map: ready,
      get anchors() {
        return anchors;
      },
      drawn: () => drawnLayer,
      drawnAsOf: () => drawnAsOf,
      basemap: withBasemap,
    };
    // The sources and layers are added by the first redraw, with its picture: the counts were asked
    // for with the boundaries, so they are in by now, and MapLibre loads each source once instead of
    // an empty one and then the points and arcs.
    ready.on('load', () => void redraw());
    addLayers = (first) => {
      const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
      ready.addSource('areas', { type: 'geojson', data: (geometry ?? loaded) as unknown as GeoJSON.FeatureCollection, promoteId: 'id' });
      ready.addSource('arcs', { type: 'geojson', data: first?.arcs ?? empty });
      ready.addSource('points', { type: 'geojson', data: first?.points ?? empty });
      ready.addLayer({
        id: 'area-fill',
        type: 'fill',
        source: 'areas',
        // Over a basemap the fills are lighter, so the ground under them still reads.
        paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], '#ffffff'], 'fill-opacity': withBasemap ? 0.45 : 0.9 },
      });
      ready.addLayer({ id: 'area-line', type: 'line', source: 'areas', paint: { 'line-color': '#4a5560', 'line-width': 1 } });
      ready.addLayer({
        id: 'area-highlight',
        type: 'line',
        source: 'areas',
        filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'line-color': '#6a1b9a', 'line-width': 4 },
      });
      ready.addLayer({
        id: 'area-chosen',
        type: 'line',
        source: 'areas',
        filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'line-color': '#000000', 'line-width': 3, 'line-dasharray': [2, 1] },
      });
      ready.addLayer({
        id: 'arcs',
        type: 'line',
        source: 'arcs',
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': 0.8 },
      });
      ready.addLayer({
        id: 'points',
        type: 'circle',
        source: 'points',
        paint: {
          'circle-color': ['get', 'color'],
          'circle-radius': ['get', 'radius'],
          'circle-stroke-color': '#222222',
          'circle-stroke-width': 1,
          'circle-opacity': 0.9,
        },
      });
      placeLabels();
      ready.on('click', 'area-fill', (event) => {
        const id = event.features?.[0]?.properties?.id as string | undefined;
        if (id) toggleArea(id);
      });
    };
  }

  /** The areas' names under their counts, on a map of up to 80 areas (more would cover it). */
  function placeLabels(): void {
    for (const label of labels) label.remove();
    labels = [];
    if (!map || !maplib || !geometry || geometry.features.length > 80) return;
    for (const feature of geometry.features) {
      const anchor = anchors.get(feature.id);
      if (!anchor) continue;
      // Each name keeps its own direction (an Arabic name on a French page, a Latin one right to left).
      const element = h(
        'span',
        { class: 'geo-label', 'data-area-label': feature.id, 'data-record-text': '', dir: 'auto' },
        feature.properties.name,
      );
      labels.push(new maplib.Marker({ element, anchor: 'top', offset: [0, 10] }).setLngLat(anchor).addTo(map));
    }
  }

  /** The boundaries of today, or as they were at `point` (areas made since left out, boundaries as then). */
  function fetchGeometry(point: AsOfPoint | null): Promise<AreaFeatureCollection> {
    const path = point ? `/api/areas/geometry?${new URLSearchParams({ asOf: point.param }).toString()}` : '/api/areas/geometry';
    return getJson(path, AreaFeatureCollectionSchema);
  }

  /** The boundaries `point` needs: those drawn, or fetched as of it (again after the areas changed). */
  function geometryFor(point: AsOfPoint | null): Promise<AreaFeatureCollection> {
    return geometry && !geometryStale && geometryAsOf === (point?.param ?? null) ? Promise.resolve(geometry) : fetchGeometry(point);
  }

  /** Make `shape` the boundaries drawn: anchors, the area choice, the map's source and the names. */
  function takeGeometry(shape: AreaFeatureCollection, point: AsOfPoint | null): void {
    const changed = geometry !== null;
    geometryStale = false;
    geometry = shape;
    geometryAsOf = point?.param ?? null;
    anchors = anchorsOf(shape);
    const chosen = areaSelect.value;
    areaSelect.replaceChildren(
      h('option', { value: '' }, t('area-map.everyArea')),
      ...shape.features.map((feature) => h('option', { value: feature.id }, feature.properties.name)),
    );
    areaSelect.value = shape.features.some((feature) => feature.id === chosen) ? chosen : '';
    const source = changed && !addLayers ? (map?.getSource('areas') as GeoJSONSource | undefined) : undefined;
    if (source) {
      source.setData(shape as unknown as GeoJSON.FeatureCollection);
      placeLabels();
    }
  }

  function toggleArea(id: string): void {
    const current = deps.getState().view.filters.areas;
    const next = current.length === 1 && current[0] === id ? [] : [id];
    deps.setAreaFilter(next);
    const name = geometry?.features.find((feature) => feature.id === id)?.properties.name ?? id;
    deps.notify(next.length ? t('area-map.filtered', { area: name }) : t('area-map.unfiltered'));
  }

  /** The picture query of the layer and options chosen now. */
  function pictureQuery(): string {
    const params = new URLSearchParams({ layer: layer.value });
    if (layer.value === 'engagements') {
      if (from.value) params.set('from', from.value);
      if (to.value) params.set('to', to.value);
    }
    if (layer.value === 'coordination' && output.value) params.set('output', output.value);
    if (layer.value === 'ties') {
      if (tieType.value) params.set('tieTypes', tieType.value);
      if (partyOnly.checked) params.set('endKind', 'conflict_party');
    }
    return params.toString();
  }

  /** A picture asked for before it could be drawn, taken by the redraw that wants the same one. */
  let asked: { query: string; point: AsOfPoint | null; picture: Promise<AreaPicture> } | null = null;

  const fetchPicture = (query: string) => getJson(`/api/areas/picture?${query}`, AreaPictureSchema);

  function askForPicture(): void {
    const query = pictureQuery();
    const picture = fetchPicture(query);
    // A failure is reported by the redraw that takes it; untaken, it is not an error.
    picture.catch(() => undefined);
    asked = { query, point: shownPoint, picture };
  }

  function takePicture(query: string): Promise<AreaPicture> {
    const early = asked !== null && asked.query === query && asked.point === shownPoint ? asked.picture : null;
    asked = null;
    return early ?? fetchPicture(query);
  }

  async function redraw(): Promise<void> {
    // Until MapLibre has loaded its style, a redraw waits for the one its 'load' starts.
    if (!map || !geometry || (addLayers && !map.isStyleLoaded())) return;
    status.textContent = t('area-map.counting');
    // The point asked for: a later answer for another point must not be drawn as this one.
    const point = shownPoint;
    try {
      const [picture, shape] = await Promise.all([takePicture(pictureQuery()), geometryFor(point)]);
      if (point !== shownPoint) {
        firstLayers(null);
        return;
      }
      if (shape !== geometry) takeGeometry(shape, point);
      if (picture.layer === 'coordination' && output.options.length === 0) {
        for (const item of picture.outputs) output.append(h('option', { value: item.id }, item.title));
        output.value = picture.output ?? '';
      }
      const capitals = geometry.features.filter((feature) => feature.properties.isCapital).map((feature) => feature.id);
      drawing = drawPicture(picture, anchors, capitals, placement.value as ActorPlacement);
      if (!firstLayers(drawing)) {
        (map.getSource('points') as GeoJSONSource).setData(drawing.points);
        (map.getSource('arcs') as GeoJSONSource).setData(drawing.arcs);
      }
      for (const feature of geometry.features)
        map.setFeatureState({ source: 'areas', id: feature.id }, { fill: drawing.fills.get(feature.id) ?? '#ffffff' });
      renderLegend(drawing);
      drawnLayer = picture.layer;
      drawnAsOf = point?.param ?? null;
      // Bench hook (bench/map-draw.ts): the layer whose boundaries and fills MapLibre has finished drawing.
      delete document.body.dataset.geoDrawn;
      map.once('idle', () => {
        if (drawnLayer === picture.layer) document.body.dataset.geoDrawn = picture.layer;
        deps.settled?.();
      });
      const areas = geometry.features.length;
      status.textContent = point ? t('area-map.readyPast', { areas, date: pointText(point) }) : t('area-map.ready', { areas });
    } catch (error) {
      firstLayers(null);
      status.textContent = t('area-map.countFailed', { message: (error as Error).message });
      deps.settled?.();
    }
  }

  /** Adds the sources and layers if no redraw has yet, carrying `first`'s points and arcs; true if it did. */
  function firstLayers(first: Drawing | null): boolean {
    if (!addLayers) return false;
    const add = addLayers;
    addLayers = null;
    add(first);
    return true;
  }

  function renderLegend(current: Drawing): void {
    legend.replaceChildren(
      h('p', { class: 'geo-legend-title' }, current.legend.title),
      h(
        'ul',
        {},
        ...current.legend.rows.map((row) => {
          const swatch = h('span', { class: `geo-swatch geo-swatch-${row.swatch.type}`, 'aria-hidden': 'true' });
          swatch.style.background = row.swatch.color;
          if (row.swatch.type === 'circle') swatch.style.width = swatch.style.height = `${row.swatch.radius * 2}px`;
          if (row.swatch.type === 'line') swatch.style.height = `${row.swatch.width}px`;
          return h('li', {}, swatch, row.label);
        }),
      ),
    );
  }

  function highlight(state: Readonly<AppState>): void {
    if (!map?.getLayer('area-highlight')) return;
    const selected = new Set(state.bulk);
    if (state.view.selection?.type === 'actor') selected.add(state.view.selection.id);
    const areaIds = new Set<string>();
    for (const node of state.elements.nodes)
      if (selected.has(node.data.id)) for (const id of [...node.data.basedIn, ...node.data.activeIn]) areaIds.add(id);
    map.setFilter('area-highlight', ['in', ['get', 'id'], ['literal', [...areaIds]]]);
    map.setFilter('area-chosen', ['in', ['get', 'id'], ['literal', state.view.filters.areas]]);
    areaSelect.value = state.view.filters.areas.length === 1 ? (state.view.filters.areas[0] ?? '') : '';
  }

  for (const control of [layer, placement, from, to, output, tieType, partyOnly])
    control.addEventListener('change', () => {
      showControls();
      void redraw();
    });
  window.addEventListener(AREAS_CHANGED, () => {
    geometryStale = true;
    if (map) void redraw();
  });
  areaSelect.addEventListener('change', () => deps.setAreaFilter(areaSelect.value ? [areaSelect.value] : []));
  exportButton.addEventListener('click', () => {
    if (map && drawing && geometry)
      void exportMapPng(map, { title: title(), note: pngNote(), direction: directionOf(currentLanguage()) }, drawing, geometry);
  });

  return (state) => {
    if (state.view.mode !== 'geo') return;
    if (!started) {
      started = true;
      void start().catch((error: unknown) => {
        deps.notify(t('area-map.startFailed', { message: (error as Error).message }), 'error');
        deps.settled?.();
      });
    }
    if (state.asOf?.param !== shownPoint?.param) {
      shownPoint = state.asOf;
      void redraw();
    }
    map?.resize();
    highlight(state);
  };
}
