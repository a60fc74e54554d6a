/**
 * The layouts that are arrangements rather than simulations: concentric rings by influence, and
 * actors grouped by kind or by admin area. Pure and instant even for 2,000 actors. Inside a group
 * actors sit on a sunflower spiral, most influential at the centre; groups are packed as a grid
 * of cells that fits the viewport (group-grid.ts), each cell with a caption band of its own that
 * the map draws above the disc and never lets spill into a neighbour.
 */
import { ACTOR_KINDS, type AdminArea, type GraphNodeData } from '../../server/contracts/index.js';
import type { Positions } from './fcose-input.js';
import { packGroups, type Box, type GroupInput } from './group-grid.js';
import { nodeSize } from './visuals.js';
import { kindLabel } from '../i18n/vocabulary.js';

/**
 * A caption drawn over the map. `x`, `y` is its anchor (centre of its bottom edge), or, for a
 * group's caption, the top-left of `band`, the box it must stay inside; `cell` is the group's
 * whole cell (for fitting the view), and `key` names the group.
 */
export interface Caption {
  text: string;
  x: number;
  y: number;
  key?: string;
  band?: Box;
  cell?: Box;
}

export interface Arrangement {
  positions: Positions;
  captions: Caption[];
}

/** The map viewport, in pixels, the grouped layouts fit. */
export interface Viewport {
  width: number;
  height: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 34;
/** Room for the largest actor (half of nodeSize(5)) beyond the outermost centre. */
const DISC_MARGIN = nodeSize(5) / 2 + 2;

const byInfluence = (a: GraphNodeData, b: GraphNodeData) => (b.influence ?? 0) - (a.influence ?? 0) || a.label.localeCompare(b.label);

const spiralRadius = (index: number) => SPACING * 0.62 * Math.sqrt(index + 0.5);

const NO_AREA = 'no-area';

/**
 * Each name without the words every name starts or ends with ("Large Map District 12" ->
 * "12"), when at least two names share them and each keeps a word of its own.
 */
export function distinctParts(names: readonly string[]): Map<string, string> {
  const words = names.map((name) => name.split(/\s+/).filter(Boolean));
  const shortest = Math.min(...words.map((w) => w.length));
  const shared = (pick: (w: string[], i: number) => string | undefined) => {
    let count = 0;
    while (count < shortest - 1 && words.every((w) => pick(w, count) === pick(words[0]!, count))) count++;
    return count;
  };
  const lead = names.length > 1 ? shared((w, i) => w[i]) : 0;
  const trail =
    names.length > 1
      ? Math.min(
          shared((w, i) => w[w.length - 1 - i]),
          shortest - 1 - lead,
        )
      : 0;
  return new Map(names.map((name, i) => [name, words[i]!.slice(lead, words[i]!.length - trail).join(' ') || name]));
}

/** Place groups as a grid of cells that fits `viewport`; members on a spiral in their cell. */
function arrangeGroups(groups: GroupInput<GraphNodeData>[], viewport: Viewport): Arrangement {
  const sized = groups
    .filter((group) => group.members.length > 0)
    .map((group) => ({
      ...group,
      members: [...group.members].sort(byInfluence),
      radius: spiralRadius(group.members.length - 1) + DISC_MARGIN,
    }));
  const { cells, twoLines } = packGroups(sized, viewport);
  // On one line, names that all start or end alike ("... District 12") would be cut to the same text.
  const shortNames = twoLines ? null : distinctParts(cells.filter((cell) => cell.key !== NO_AREA).map((cell) => cell.caption));
  const positions: Positions = {};
  const captions: Caption[] = [];
  for (const cell of cells) {
    cell.members.forEach((node, index) => {
      const r = spiralRadius(index);
      positions[node.id] = { x: cell.centre.x + r * Math.cos(index * GOLDEN_ANGLE), y: cell.centre.y + r * Math.sin(index * GOLDEN_ANGLE) };
    });
    const name = shortNames?.get(cell.caption) ?? cell.caption;
    captions.push({
      text: `${name} (${cell.members.length})`,
      x: cell.band.x1,
      y: cell.band.y1,
      key: cell.key,
      band: cell.band,
      cell: cell.cell,
    });
  }
  return { positions, captions };
}

export function groupByKind(nodes: readonly GraphNodeData[], viewport: Viewport): Arrangement {
  return arrangeGroups(
    ACTOR_KINDS.map((kind) => ({ key: kind, caption: kindLabel(kind), members: nodes.filter((node) => node.kind === kind) })),
    viewport,
  );
}

/**
 * Grouped by admin area. An actor recorded in several areas is drawn once, in the area it is
 * based in (the first, if several), else the first it is active in; "No area recorded" for the rest.
 */
export function groupByArea(nodes: readonly GraphNodeData[], areasById: ReadonlyMap<string, AdminArea>, viewport: Viewport): Arrangement {
  const groups = new Map<string, GraphNodeData[]>();
  for (const node of nodes) {
    const area = node.basedIn[0] ?? node.activeIn[0] ?? '';
    const members = groups.get(area);
    if (members) members.push(node);
    else groups.set(area, [node]);
  }
  return arrangeGroups(
    [...groups].map(([area, members]) => ({
      key: area || NO_AREA,
      caption: area ? (areasById.get(area)?.name ?? area) : 'No area recorded',
      members,
    })),
    viewport,
  );
}

/** Rings by influence: 5 at the centre, unassessed on the outside. */
export function concentricByInfluence(nodes: readonly GraphNodeData[]): Arrangement {
  const positions: Positions = {};
  const captions: Caption[] = [];
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
