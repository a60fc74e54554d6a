/**
 * Labels that would cover another actor or a more important label are left out, so no label is
 * drawn over a node. Works in model coordinates, where sizes do not depend on the zoom: the
 * result changes only with the set of labels readable at the zoom (label-detail.ts). Labels are
 * kept in order of priority (influence, then name), each against the nodes and the labels kept
 * before it, with a uniform grid so a 5,000-actor map costs a few milliseconds.
 */

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Node diameter, model units. */
  size: number;
  /** Label font size, model units; the label sits centred under the node. */
  font: number;
  /** Width of the label as drawn, model units (text and its outline). */
  labelWidth: number;
  /** Higher wins a collision. */
  priority: number;
  /** Whether the label would be drawn at all (readable at this zoom). */
  labelled: boolean;
}

/** Below the node, as the stylesheet places it (text-valign bottom, text-margin-y 3). */
const LABEL_GAP = 3;
/** The label's outline (text-outline-width 2.5) on each side plus a little air, and line height. */
const OUTLINE = 4;
/** A node's border (1.5, up to 4 for a focus root) and a little air around its body. */
const NODE_MARGIN = 3;
const LINE_HEIGHT = 1.2;
const CELL = 120;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  owner: string;
}

export function labelBox(c: LabelCandidate): Box {
  const width = c.labelWidth + 2 * OUTLINE;
  const top = c.y + c.size / 2 + LABEL_GAP - OUTLINE;
  return { x1: c.x - width / 2, y1: top, x2: c.x + width / 2, y2: top + c.font * LINE_HEIGHT + 2 * OUTLINE, owner: c.id };
}

/** The ids whose label must be left out: it would cover another node or a label kept before it. */
export function collidingLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const grid = new Map<string, Box[]>();
  const cells = (box: Box): string[] => {
    const keys: string[] = [];
    for (let gx = Math.floor(box.x1 / CELL); gx <= Math.floor(box.x2 / CELL); gx++) {
      for (let gy = Math.floor(box.y1 / CELL); gy <= Math.floor(box.y2 / CELL); gy++) keys.push(`${gx},${gy}`);
    }
    return keys;
  };
  const add = (box: Box) => {
    for (const key of cells(box)) {
      const bucket = grid.get(key);
      if (bucket) bucket.push(box);
      else grid.set(key, [box]);
    }
  };
  const hits = (box: Box) =>
    cells(box).some((key) =>
      (grid.get(key) ?? []).some(
        (other) => other.owner !== box.owner && box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
      ),
    );
  for (const c of candidates) {
    const half = c.size / 2 + NODE_MARGIN;
    add({ x1: c.x - half, y1: c.y - half, x2: c.x + half, y2: c.y + half, owner: c.id });
  }
  const hidden = new Set<string>();
  const ordered = candidates.filter((c) => c.labelled).sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const box = labelBox(c);
    if (hits(box)) hidden.add(c.id);
    else add(box);
  }
  return hidden;
}
