/**
 * Small SVG pictures of a node shape or a tie line, drawn from the same tables as the map
 * (`graph/visuals.ts`), for the legend and the side panel.
 */
import type { ActorKind, TieType } from '../../server/contracts/index.js';
import { KIND_VISUALS, TIE_VISUALS, type KindVisual } from '../graph/visuals.js';
import { svg } from './dom.js';

/** Unit polygons (x, y in -1..1, y down), matching Cytoscape's own node shapes. */
function unitPolygon(shape: KindVisual['shape']): number[][] | null {
  switch (shape) {
    case 'hexagon':
      return [
        [-1, 0],
        [-0.5, -0.87],
        [0.5, -0.87],
        [1, 0],
        [0.5, 0.87],
        [-0.5, 0.87],
      ];
    case 'round-triangle':
      return [
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ];
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case 'rhomboid':
      return [
        [-1, -0.75],
        [0.333, -0.75],
        [1, 0.75],
        [-0.333, 0.75],
      ];
    case 'star': {
      const points: number[][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? 1 : 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([radius * Math.cos(angle), radius * Math.sin(angle) + 0.1]);
      }
      return points;
    }
    default:
      return null;
  }
}

/** An 20x20 picture of the node shape and colour of an actor kind. */
export function kindSwatch(kind: ActorKind, size = 20): SVGElement {
  const visual = KIND_VISUALS[kind];
  const paint = { fill: visual.fill, stroke: visual.border, 'stroke-width': 1.5, 'stroke-linejoin': 'round' };
  const polygon = unitPolygon(visual.shape);
  const shape =
    visual.shape === 'ellipse'
      ? svg('circle', { cx: 10, cy: 10, r: 8, ...paint })
      : visual.shape === 'round-rectangle'
        ? svg('rect', { x: 2.5, y: 2.5, width: 15, height: 15, rx: 4, ...paint })
        : svg('polygon', {
            points: (polygon ?? []).map(([x = 0, y = 0]) => `${(10 + 8.5 * x).toFixed(2)},${(10 + 8.5 * y).toFixed(2)}`).join(' '),
            ...paint,
          });
  return svg('svg', { width: size, height: size, viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' }, shape);
}

/** A short line in the colour and dash pattern of a tie type, with an arrowhead if directed. */
export function tieSwatch(type: TieType, directed: boolean): SVGElement {
  const visual = TIE_VISUALS[type];
  const line = svg('line', {
    x1: 2,
    y1: 8,
    x2: directed ? 30 : 38,
    y2: 8,
    stroke: visual.color,
    'stroke-width': 2.5,
    'stroke-dasharray': visual.dash.length > 0 ? visual.dash.join(' ') : 'none',
  });
  const children: SVGElement[] = [line];
  if (directed) children.push(svg('polygon', { points: '29,3 39,8 29,13', fill: visual.color }));
  return svg('svg', { width: 40, height: 16, viewBox: '0 0 40 16', 'aria-hidden': 'true', focusable: 'false' }, ...children);
}
