/**
 * A picture of a network: a deterministic force layout (Fruchterman-Reingold, seeded by position
 * in the list, so the same records give the same picture), circles coloured by kind, labels on the
 * most connected actors (all of them in a small network) so the picture stays legible at map scale.
 */
import { renderSvg, svgOpen, svgText, type Picture } from './picture.js';

export interface NetworkNode {
  id: string;
  label: string;
  kind: string;
  /** Drawn filled and ringed (the actor of an actor briefing, or an engaged actor). */
  highlight?: boolean;
}

export interface NetworkEdge {
  source: string;
  target: string;
}

const KIND_COLOURS: Record<string, string> = {
  un_entity: '#1f6fb4',
  mission_component: '#0b4f8a',
  donor: '#2e8b57',
  international_org: '#6a5acd',
  government: '#8b5a2b',
  civil_society: '#d08c00',
  conflict_party: '#b22222',
};

const WIDTH = 760;
const HEIGHT = 600;
/** Every label in a small network; in a large one, the most connected that fit without overlapping. */
const SMALL_NETWORK = 25;
const MAX_LABELS = 18;

/** Positions in [margin, size - margin], from a fixed number of force iterations. */
function layout(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Map<string, { x: number; y: number }> {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  // Start on a circle (golden-angle spiral), so no two nodes share a position.
  const x = nodes.map((_, i) => Math.sqrt(i + 0.5) * Math.cos(i * 2.39996));
  const y = nodes.map((_, i) => Math.sqrt(i + 0.5) * Math.sin(i * 2.39996));
  const k = Math.sqrt(1 / Math.max(n, 1)) * 3;
  const links = edges.flatMap((e) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined || a === b ? [] : [[a, b] as const];
  });
  let temperature = Math.sqrt(n) / 4;
  for (let iteration = 0; iteration < 120; iteration++) {
    const dx = new Array<number>(n).fill(0);
    const dy = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const ddx = x[i]! - x[j]!;
        const ddy = y[i]! - y[j]!;
        const d2 = Math.max(ddx * ddx + ddy * ddy, 1e-4);
        const force = (k * k) / d2;
        dx[i]! += ddx * force;
        dy[i]! += ddy * force;
        dx[j]! -= ddx * force;
        dy[j]! -= ddy * force;
      }
    for (const [a, b] of links) {
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const d = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 1e-3);
      const force = d / k;
      dx[a]! -= ddx * force;
      dy[a]! -= ddy * force;
      dx[b]! += ddx * force;
      dy[b]! += ddy * force;
    }
    for (let i = 0; i < n; i++) {
      // A little gravity keeps components that have no tie to the rest on the page.
      dx[i]! -= x[i]! * 0.05;
      dy[i]! -= y[i]! * 0.05;
      const d = Math.max(Math.sqrt(dx[i]! ** 2 + dy[i]! ** 2), 1e-9);
      x[i]! += (dx[i]! / d) * Math.min(d, temperature);
      y[i]! += (dy[i]! / d) * Math.min(d, temperature);
    }
    temperature *= 0.97;
  }
  const [minX, maxX, minY, maxY] = [Math.min(...x), Math.max(...x), Math.min(...y), Math.max(...y)];
  const margin = 70;
  const scale = (v: number, lo: number, hi: number, size: number) =>
    hi - lo < 1e-9 ? size / 2 : margin + ((v - lo) / (hi - lo)) * (size - 2 * margin);
  return new Map(nodes.map((node, i) => [node.id, { x: scale(x[i]!, minX, maxX, WIDTH), y: scale(y[i]!, minY, maxY, HEIGHT) }]));
}

/** Draws the network as a PNG; `legend` names the kinds (the colours of the circles) in the corner. */
export function drawNetwork(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], legend: Record<string, string> = {}): Picture {
  const at = layout(nodes, edges);
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const small = nodes.length <= SMALL_NETWORK;
  const fontSize = (node: NetworkNode) => (node.highlight && small ? 14 : small ? 12 : 10);
  // Greedy: most important first, a label is left out if its box overlaps one already placed.
  const placed: Array<{ node: NetworkNode; x: number; y: number; w: number; h: number }> = [];
  const order = [...nodes].sort(
    (a, b) => Number(b.highlight ?? false) - Number(a.highlight ?? false) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0),
  );
  for (const node of order) {
    if (!small && placed.length >= MAX_LABELS) break;
    const p = at.get(node.id)!;
    const size = fontSize(node);
    const w = node.label.length * size * 0.6;
    const x = Math.min(Math.max(p.x, w / 2 + 4), WIDTH - w / 2 - 4);
    const box = { node, x, y: p.y - 9, w, h: size + 2 };
    const overlaps = placed.some((o) => Math.abs(o.x - box.x) * 2 < o.w + box.w && Math.abs(o.y - box.y) * 2 < o.h + box.h);
    if (!overlaps || small) placed.push(box);
  }
  const parts = [svgOpen(WIDTH, HEIGHT)];
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a && b)
      parts.push(
        `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#9aa5b1" stroke-width="0.8"/>`,
      );
  }
  for (const node of nodes) {
    const p = at.get(node.id)!;
    const colour = KIND_COLOURS[node.kind] ?? '#555555';
    const r = node.highlight ? 7 : 5;
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" fill="${node.highlight ? colour : 'white'}" stroke="${colour}" stroke-width="${node.highlight ? 2.5 : 1.6}"/>`,
    );
  }
  for (const { node, x, y } of placed) {
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${fontSize(node)}" text-anchor="middle" fill="#1b1b1b" ` +
        `stroke="white" stroke-width="3" paint-order="stroke">${svgText(node.label)}</text>`,
    );
  }
  const kinds = Object.keys(KIND_COLOURS).filter((kind) => legend[kind] && nodes.some((node) => node.kind === kind));
  kinds.forEach((kind, i) => {
    const y = 14 + i * 15;
    parts.push(`<circle cx="10" cy="${y}" r="5" fill="white" stroke="${KIND_COLOURS[kind]}" stroke-width="1.6"/>`);
    parts.push(`<text x="20" y="${y + 4}" font-size="10" fill="#1b1b1b">${svgText(legend[kind] ?? kind)}</text>`);
  });
  parts.push('</svg>');
  return renderSvg(parts.join(''), WIDTH, HEIGHT);
}
