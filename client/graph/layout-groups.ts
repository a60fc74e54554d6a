/**
 * The layouts that are arrangements rather than simulations: concentric rings by influence, and
 * actors grouped by kind or by admin area. Pure and instant even for 2,000 actors. Inside a group
 * actors sit on a sunflower spiral, most influential at the centre; groups are placed on a grid,
 * each with a caption the map draws above it.
 */
import { ACTOR_KINDS, ACTOR_KIND_LABELS, type AdminArea, type GraphNodeData } from '../../server/contracts/index.js';
import type { Positions } from './fcose-input.js';
import { nodeSize } from './visuals.js';

export interface Arrangement {
  positions: Positions;
  captions: { text: string; x: number; y: number }[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 34;

const byInfluence = (a: GraphNodeData, b: GraphNodeData) => (b.influence ?? 0) - (a.influence ?? 0) || a.label.localeCompare(b.label);

/** Sunflower spiral offsets for `count` nodes; returns the offsets and the disc radius. */
function sunflower(count: number): { offsets: { x: number; y: number }[]; radius: number } {
  const offsets = Array.from({ length: count }, (_, i) => {
    const r = SPACING * 0.62 * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
  return { offsets, radius: SPACING * 0.62 * Math.sqrt(count + 0.5) + 20 };
}

/** Place groups (largest first) on rows about as wide as the viewport's aspect asks. */
function arrangeGroups(groups: { caption: string; nodes: GraphNodeData[] }[], aspect: number): Arrangement {
  const discs = groups
    .filter((group) => group.nodes.length > 0)
    .map((group) => ({ ...group, ...sunflower(group.nodes.length) }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.caption.localeCompare(b.caption));
  const positions: Positions = {};
  const captions: Arrangement['captions'] = [];
  const totalArea = discs.reduce((sum, disc) => sum + (2 * disc.radius + 60) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(totalArea * Math.max(aspect, 0.5)), 2 * (discs[0]?.radius ?? 0) + 60);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const disc of discs) {
    const size = 2 * disc.radius + 60;
    if (x > 0 && x + size > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + size / 2;
    const cy = y + size / 2 + 20;
    disc.nodes.sort(byInfluence).forEach((node, index) => {
      const offset = disc.offsets[index]!;
      positions[node.id] = { x: cx + offset.x, y: cy + offset.y };
    });
    captions.push({ text: `${disc.caption} (${disc.nodes.length})`, x: cx, y: cy - disc.radius - 12 });
    x += size;
    rowHeight = Math.max(rowHeight, size + 20);
  }
  return { positions, captions };
}

export function groupByKind(nodes: readonly GraphNodeData[], aspect: number): Arrangement {
  return arrangeGroups(
    ACTOR_KINDS.map((kind) => ({ caption: ACTOR_KIND_LABELS[kind], nodes: nodes.filter((node) => node.kind === kind) })),
    aspect,
  );
}

/** Grouped by the first area an actor is based in (else active in); "No area" for the rest. */
export function groupByArea(nodes: readonly GraphNodeData[], areasById: ReadonlyMap<string, AdminArea>, aspect: number): Arrangement {
  const groups = new Map<string, GraphNodeData[]>();
  for (const node of nodes) {
    const area = node.basedIn[0] ?? node.activeIn[0] ?? '';
    groups.set(area, [...(groups.get(area) ?? []), node]);
  }
  return arrangeGroups(
    [...groups].map(([area, members]) => ({ caption: area ? (areasById.get(area)?.name ?? area) : 'No area recorded', nodes: members })),
    aspect,
  );
}

/** Rings by influence: 5 at the centre, unassessed on the outside. */
export function concentricByInfluence(nodes: readonly GraphNodeData[]): Arrangement {
  const positions: Positions = {};
  const captions: Arrangement['captions'] = [];
  let radius = 0;
  for (const level of [5, 4, 3, 2, 1, null]) {
    const ring = nodes.filter((node) => node.influence === level).sort((a, b) => a.label.localeCompare(b.label));
    if (ring.length === 0) continue;
    const size = nodeSize(level) + 22;
    // Each ring is far enough out that its actors do not touch, and clear of the previous ring.
    radius = Math.max(radius + size + 30, (ring.length * size) / (2 * Math.PI));
    if (ring.length === 1 && radius === size + 30) radius = 0;
    ring.forEach((node, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / ring.length;
      positions[node.id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    captions.push({ text: level === null ? 'Influence not assessed' : `Influence ${level}`, x: 0, y: -radius - 18 });
  }
  return { positions, captions };
}
