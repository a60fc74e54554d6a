/**
 * What the area map draws for one picture (GET /api/areas/picture), as plain data: the fill of
 * each area, the point and arc features, and the legend rows. Pure, so the drawing and the PNG
 * export read the same legend. Every word comes from the `area-map` catalogue (and the vocabulary's
 * kinds and tie types), in the page's language.
 */
import type { AreaFeatureCollection, AreaPicture } from '../../server/contracts/index.js';
import { ACTOR_KINDS, type ActorKind, type TieType } from '../../server/contracts/index.js';
import { KIND_VISUALS, TIE_VISUALS } from '../graph/visuals.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { kindLabel, tieTypeLabel } from '../i18n/vocabulary.js';

export interface LegendRow {
  label: string;
  /** A fill swatch, a circle of this radius, or a line of this width. */
  swatch:
    { type: 'fill'; color: string } | { type: 'circle'; color: string; radius: number } | { type: 'line'; color: string; width: number };
}

export interface Drawing {
  fills: Map<string, string>;
  points: GeoJSON.FeatureCollection;
  arcs: GeoJSON.FeatureCollection;
  legend: { title: string; rows: LegendRow[] };
}

const EMPTY_FILL = '#f7f7f5';
/** Sequential blues (ColorBrewer), light to dark: readable on the plain background. */
const SEQUENTIAL = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const COVERAGE_COLORS = { gap: '#d7301f', overlap: '#fdae61', fragile: '#fee08b', covered: '#1a9850' } as const;

/** A point inside each area for its symbols and label: the centre of its largest ring's box, pulled to the ring's average. */
export function anchorsOf(geometry: AreaFeatureCollection): Map<string, [number, number]> {
  const anchors = new Map<string, [number, number]>();
  for (const feature of geometry.features) {
    const rings =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates[0]] : feature.geometry.coordinates.map((polygon) => polygon[0]);
    const largest = (rings.filter(Boolean) as number[][][]).sort((a, b) => b.length - a.length)[0] ?? [];
    const n = Math.max(1, largest.length - 1);
    const x = largest.slice(0, n).reduce((sum, p) => sum + (p[0] ?? 0), 0) / n;
    const y = largest.slice(0, n).reduce((sum, p) => sum + (p[1] ?? 0), 0) / n;
    anchors.set(feature.id, [x, y]);
  }
  return anchors;
}

export type ActorPlacement = 'any' | 'based' | 'active';

export function drawPicture(
  picture: AreaPicture,
  anchors: ReadonlyMap<string, [number, number]>,
  capitals: readonly string[],
  placement: ActorPlacement = 'any',
): Drawing {
  const fills = new Map<string, string>();
  const points: GeoJSON.Feature[] = [];
  const arcs: GeoJSON.Feature[] = [];
  let legend: Drawing['legend'];
  if (picture.layer === 'actors') {
    const most = Math.max(1, ...picture.areas.flatMap((area) => Object.values(area.byKind)));
    const radius = (count: number) => 4 + 14 * Math.sqrt(count / most);
    for (const area of picture.areas) {
      const anchor = anchors.get(area.areaId);
      if (!anchor) continue;
      const counted = placement === 'based' ? area.based : placement === 'active' ? area.active : area.based + area.active;
      const kinds = ACTOR_KINDS.filter((kind) => (area.byKind[kind] ?? 0) > 0);
      kinds.forEach((kind, index) => {
        const angle = (2 * Math.PI * index) / Math.max(1, kinds.length);
        const spread = kinds.length > 1 ? 0.12 : 0;
        const count = area.byKind[kind] ?? 0;
        points.push(
          point([anchor[0] + spread * Math.cos(angle), anchor[1] + spread * Math.sin(angle)], {
            kind,
            count,
            radius: radius(count),
            color: KIND_VISUALS[kind].fill,
            area: area.areaId,
          }),
        );
      });
      fills.set(area.areaId, counted > 0 ? EMPTY_FILL : '#ffffff');
    }
    const kindsShown = ACTOR_KINDS.filter((kind) => picture.areas.some((area) => (area.byKind[kind] ?? 0) > 0));
    legend = {
      title: t('area-map.legendActors', { placement }),
      rows: kindsShown.map((kind: ActorKind) => ({
        label: kindLabel(kind),
        swatch: { type: 'circle', color: KIND_VISUALS[kind].fill, radius: 6 },
      })),
    };
  } else if (picture.layer === 'engagements') {
    const most = Math.max(0, ...picture.areas.map((area) => area.engagements));
    // Classes of equal width, the same ones the legend lists: 1..step, step+1..2*step, ...
    const step = Math.max(1, Math.ceil(most / SEQUENTIAL.length));
    const classOf = (count: number) => Math.min(SEQUENTIAL.length - 1, Math.floor((count - 1) / step));
    for (const area of picture.areas) if (area.engagements > 0) fills.set(area.areaId, SEQUENTIAL[classOf(area.engagements)] as string);
    legend = {
      title: t('area-map.legendEngagements'),
      rows: [
        { label: t('area-map.legendNone'), swatch: { type: 'fill', color: '#ffffff' } },
        ...SEQUENTIAL.slice(0, Math.max(1, classOf(Math.max(1, most)) + 1)).map((color, index) => ({
          label: t('area-map.legendRange', { from: index * step + 1, to: Math.min(most, (index + 1) * step) }),
          swatch: { type: 'fill' as const, color },
        })),
        { label: t('area-map.legendCapital'), swatch: { type: 'circle', color: '#111111', radius: 5 } },
      ],
    };
  } else if (picture.layer === 'coordination') {
    for (const area of picture.areas) if (area.coverage) fills.set(area.areaId, COVERAGE_COLORS[area.coverage]);
    const title = picture.outputs.find((output) => output.id === picture.output)?.title ?? t('area-map.legendNoOutput');
    legend = {
      // The title isolated (FSI…PDI): a Latin title inside an Arabic sentence keeps its quotation marks around it, on screen and in the PNG.
      title: t('area-map.legendCoordination', { output: `\u2068${title}\u2069` }),
      rows: (Object.keys(COVERAGE_COLORS) as (keyof typeof COVERAGE_COLORS)[]).map((state) => ({
        label: t(`area-map.coverage_${state}` as MessageKey),
        swatch: { type: 'fill', color: COVERAGE_COLORS[state] },
      })),
    };
  } else {
    const most = Math.max(1, ...picture.arcs.map((arc) => arc.count));
    const width = (count: number) => 1.5 + 10 * (count / most);
    for (const arc of picture.arcs) {
      const from = anchors.get(arc.from);
      const to = anchors.get(arc.to);
      if (!from || !to) continue;
      const top = Object.entries(arc.byType).sort((a, b) => b[1] - a[1])[0]?.[0] as TieType | undefined;
      arcs.push({
        type: 'Feature',
        properties: { count: arc.count, width: width(arc.count), color: top ? TIE_VISUALS[top].color : '#555555' },
        geometry: { type: 'LineString', coordinates: curve(from, to) },
      });
    }
    const types = [...new Set(picture.arcs.flatMap((arc) => Object.keys(arc.byType)))] as TieType[];
    legend = {
      title: t('area-map.legendTies'),
      rows: [
        { label: t('area-map.legendTieCount', { count: 1 }), swatch: { type: 'line', color: '#555555', width: width(1) } },
        { label: t('area-map.legendTieCount', { count: most }), swatch: { type: 'line', color: '#555555', width: width(most) } },
        ...types.map((type) => ({
          label: tieTypeLabel(type),
          swatch: { type: 'line' as const, color: TIE_VISUALS[type].color, width: 3 },
        })),
      ],
    };
  }
  for (const id of capitals) {
    const anchor = anchors.get(id);
    if (anchor && picture.layer === 'engagements') points.push(point(anchor, { capital: true, radius: 5, color: '#111111' }));
  }
  return { fills, points: { type: 'FeatureCollection', features: points }, arcs: { type: 'FeatureCollection', features: arcs }, legend };
}

function point(coordinates: [number, number], properties: Record<string, unknown>): GeoJSON.Feature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

/** A gentle arc from one anchor to the other, so arcs that share an area stay apart. */
function curve([x1, y1]: [number, number], [x2, y2]: [number, number]): number[][] {
  const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
  const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
  return Array.from({ length: 17 }, (_, i) => {
    const t = i / 16;
    return [(1 - t) ** 2 * x1 + 2 * (1 - t) * t * mx + t * t * x2, (1 - t) ** 2 * y1 + 2 * (1 - t) * t * my + t * t * y2];
  });
}
