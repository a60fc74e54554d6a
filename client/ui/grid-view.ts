/**
 * The power/interest grid: each shown actor a dot at (interest, influence), in the four classic
 * quadrants. Scores are whole numbers 1–5, so actors sharing a cell are spread on a small spiral
 * around it. "High" means 4 or 5; the dividing lines sit between 3 and 4. Dots are buttons
 * (Enter or click selects the actor, as on the map) with one Tab stop for the whole grid: the arrow
 * keys move to the nearest dot in that direction. Dots are labelled where the label fits without
 * covering another label or dot, the most influential first. Actors without both scores are
 * counted below.
 */
import type { GraphNodeData } from '../../server/contracts/index.js';
import { displayOf } from '../graph/display.js';
import { KIND_VISUALS } from '../graph/visuals.js';
import type { AppState } from '../state.js';
import { h, svg } from './dom.js';
import { t, type MessageKey } from '../i18n/i18n.js';

export const QUADRANTS = {
  manage_closely: 'Manage closely',
  keep_satisfied: 'Keep satisfied',
  keep_informed: 'Keep informed',
  monitor: 'Monitor',
} as const;
export type Quadrant = keyof typeof QUADRANTS;
const quadrantLabel = (quadrant: Quadrant): string => t(`views.quadrant_${quadrant}` as MessageKey);

export function quadrantOf(influence: number, interest: number): Quadrant {
  const power = influence >= 4;
  const engaged = interest >= 4;
  return power ? (engaged ? 'manage_closely' : 'keep_satisfied') : engaged ? 'keep_informed' : 'monitor';
}

const W = 900;
const H = 600;
const M = { left: 70, right: 20, top: 20, bottom: 60 };
const sx = (interest: number) => M.left + ((interest - 0.5) / 5) * (W - M.left - M.right);
const sy = (influence: number) => H - M.bottom - ((influence - 0.5) / 5) * (H - M.top - M.bottom);

export function mountGridView(container: HTMLElement, select: (id: string) => void, toggleBulk?: (id: string) => void) {
  let shown: unknown[] = [];
  return (state: Readonly<AppState>): void => {
    if (state.view.mode !== 'grid') return;
    const { visible } = displayOf(state);
    const key = [visible, state.view.selection, state.bulk];
    if (key.every((part, i) => part === shown[i])) return;
    shown = key;
    const scored = visible.nodes.filter((node) => node.influence !== null && node.interest !== null);
    const unscored = visible.nodes.filter((node) => node.influence === null || node.interest === null);
    const cells = new Map<string, GraphNodeData[]>();
    for (const node of scored) {
      const cell = `${node.interest},${node.influence}`;
      cells.set(cell, [...(cells.get(cell) ?? []), node]);
    }
    const plot = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'grid-plot', role: 'group', 'aria-label': t('views.gridLabel') });
    const midX = sx(3.5);
    const midY = sy(3.5);
    const quadrantBox = (q: Quadrant, x: number, y: number, w: number, hgt: number, fill: string) => {
      plot.append(
        svg('rect', { x, y, width: w, height: hgt, fill, 'data-quadrant-area': q }),
        svg('text', { x: x + 10, y: y + 24, class: 'grid-quadrant-label' }),
      );
      (plot.lastChild as SVGElement).textContent = quadrantLabel(q);
    };
    quadrantBox('keep_satisfied', M.left, M.top, midX - M.left, midY - M.top, '#F3F6FA');
    quadrantBox('manage_closely', midX, M.top, W - M.right - midX, midY - M.top, '#FDF3E7');
    quadrantBox('monitor', M.left, midY, midX - M.left, H - M.bottom - midY, '#FFFFFF');
    quadrantBox('keep_informed', midX, midY, W - M.right - midX, H - M.bottom - midY, '#EEF7F2');
    for (let v = 1; v <= 5; v++) {
      const tx = svg('text', { x: sx(v), y: H - M.bottom + 22, 'text-anchor': 'middle', class: 'grid-tick' });
      tx.textContent = String(v);
      const ty = svg('text', { x: M.left - 12, y: sy(v) + 5, 'text-anchor': 'end', class: 'grid-tick' });
      ty.textContent = String(v);
      plot.append(tx, ty);
    }
    const xLabel = svg('text', { x: (M.left + W - M.right) / 2, y: H - 12, 'text-anchor': 'middle', class: 'grid-axis' });
    xLabel.textContent = t('views.interestAxis');
    const yLabel = svg('text', {
      x: 18,
      y: (M.top + H - M.bottom) / 2,
      transform: `rotate(-90 18 ${(M.top + H - M.bottom) / 2})`,
      'text-anchor': 'middle',
      class: 'grid-axis',
    });
    yLabel.textContent = t('views.influenceAxis');
    plot.append(
      svg('line', { x1: midX, y1: M.top, x2: midX, y2: H - M.bottom, stroke: '#5F6B78', 'stroke-width': 1.5 }),
      svg('line', { x1: M.left, y1: midY, x2: W - M.right, y2: midY, stroke: '#5F6B78', 'stroke-width': 1.5 }),
      xLabel,
      yLabel,
    );
    const dots: { node: GraphNodeData; cx: number; cy: number; influence: number; element: SVGElement }[] = [];
    const selectedId = state.view.selection?.type === 'actor' ? state.view.selection.id : null;
    for (const [cell, members] of cells) {
      const [interest, influence] = cell.split(',').map(Number) as [number, number];
      members
        .sort((a, b) => a.label.localeCompare(b.label))
        .forEach((node, index) => {
          const r = index === 0 ? 0 : 7 * Math.sqrt(index);
          const cx = sx(interest) + Math.min(r, 70) * Math.cos(index * 2.39996);
          const cy = sy(influence) + Math.min(r, 45) * Math.sin(index * 2.39996);
          const selected = state.view.selection?.type === 'actor' && state.view.selection.id === node.id;
          const dot = svg('circle', {
            cx,
            cy,
            r: selected ? 9 : 6,
            fill: KIND_VISUALS[node.kind].fill,
            stroke: selected ? '#1B1B1B' : KIND_VISUALS[node.kind].border,
            'stroke-width': selected ? 3 : 1.2,
            class: 'grid-dot',
            role: 'button',
            tabindex: -1,
            'aria-label': t('views.gridDot', {
              name: node.label,
              influence,
              interest,
              quadrant: quadrantLabel(quadrantOf(influence, interest)),
            }),
            'data-actor-id': node.id,
            'data-quadrant': quadrantOf(influence, interest),
          });
          const title = svg('title', {});
          title.textContent = `${node.label} (influence ${influence}, interest ${interest})`;
          dot.append(title);
          // Shift-click chooses the actor for a bulk action (client/bulk/bulk-bar.ts) instead.
          if (state.bulk.has(node.id)) dot.classList.add('is-bulk');
          dot.addEventListener('click', (event) => (event.shiftKey && toggleBulk ? toggleBulk(node.id) : select(node.id)));
          plot.append(dot);
          dots.push({ node, cx, cy, influence, element: dot });
        });
    }
    const rover = dots.find((d) => d.node.id === selectedId) ?? [...dots].sort((a, b) => a.cy - b.cy || a.cx - b.cx)[0];
    rover?.element.setAttribute('tabindex', '0');
    plot.addEventListener('keydown', (event) => {
      const current = dots.find((d) => d.element === event.target);
      if (!current) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(current.node.id);
        return;
      }
      const next = nearestInDirection(dots, current, event.key);
      if (next === undefined) return;
      event.preventDefault();
      if (!next) return;
      current.element.setAttribute('tabindex', '-1');
      next.element.setAttribute('tabindex', '0');
      (next.element as SVGElement & { focus(): void }).focus();
    });
    const quadrantLabels = [...plot.querySelectorAll('[data-quadrant-area]')].map((area) => ({
      x: Number(area.getAttribute('x')) + 10,
      y: Number(area.getAttribute('y')) + 24,
      text: quadrantLabel(area.getAttribute('data-quadrant-area') as Quadrant),
    }));
    for (const label of placeLabels(dots, quadrantLabels)) plot.append(label);
    container.replaceChildren(
      ...[
        h('h2', { class: 'view-title' }, t('views.gridTitle')),
        h('p', { class: 'view-note' }, t('views.gridNote', { count: scored.length })),
        h('div', { class: 'grid-wrap' }, plot),
        unscored.length > 0
          ? h('p', { class: 'view-note', 'data-testid': 'grid-unscored' }, t('views.gridUnscored', { count: unscored.length }))
          : h('span', {}),
      ],
    );
  };
}

const ARROWS: Record<string, { dx: number; dy: number }> = {
  ArrowRight: { dx: 1, dy: 0 },
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/**
 * The dot an arrow key moves to: the nearest one lying in that direction (within 45 degrees of
 * it), counting sideways distance double. Undefined for a key that is not an arrow; null when no
 * dot lies that way.
 */
export function nearestInDirection<T extends { cx: number; cy: number }>(dots: readonly T[], from: T, key: string): T | null | undefined {
  const arrow = ARROWS[key];
  if (!arrow) return undefined;
  let best: T | null = null;
  let bestCost = Infinity;
  for (const dot of dots) {
    if (dot === from) continue;
    const along = (dot.cx - from.cx) * arrow.dx + (dot.cy - from.cy) * arrow.dy;
    const across = Math.abs((dot.cx - from.cx) * arrow.dy - (dot.cy - from.cy) * arrow.dx);
    if (along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = dot;
    }
  }
  return best;
}

const LABEL_FONT_PX = 11;

/** Width in SVG units of a label at the label font (the plot is drawn at its viewBox scale or less). */
function textMeasurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * LABEL_FONT_PX * 0.7;
  context.font = `${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => context.measureText(text).width;
}
const LABEL_MAX_CHARS = 24;

/** Labels for the dots where they fit, most influential first; decoration only (each dot is named). */
function placeLabels(
  dots: readonly { node: GraphNodeData; cx: number; cy: number; influence: number }[],
  quadrantLabels: readonly { x: number; y: number; text: string }[],
): SVGElement[] {
  type Box = { x1: number; y1: number; x2: number; y2: number };
  const measure = textMeasurer();
  const taken: Box[] = [
    ...dots.map((d) => ({ x1: d.cx - 10, y1: d.cy - 10, x2: d.cx + 10, y2: d.cy + 10 })),
    // Quadrant names are drawn larger and bold: about 1.6 times the label font.
    ...quadrantLabels.map((q) => ({ x1: q.x, y1: q.y - 16, x2: q.x + measure(q.text) * 1.6, y2: q.y + 5 })),
  ];
  const overlaps = (a: Box) => taken.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
  const labels: SVGElement[] = [];
  for (const dot of [...dots].sort((a, b) => b.influence - a.influence || a.node.label.localeCompare(b.node.label))) {
    const text =
      dot.node.acronym || (dot.node.label.length > LABEL_MAX_CHARS ? `${dot.node.label.slice(0, LABEL_MAX_CHARS - 1)}…` : dot.node.label);
    const width = measure(text) + 2;
    for (const side of [1, -1]) {
      const x = side === 1 ? dot.cx + 12 : dot.cx - 12 - width;
      const box = { x1: x - 1, y1: dot.cy - LABEL_FONT_PX / 2 - 1, x2: x + width + 1, y2: dot.cy + LABEL_FONT_PX / 2 + 1 };
      if (box.x1 < M.left || box.x2 > W - M.right || overlaps(box)) continue;
      taken.push(box);
      const label = svg('text', {
        x,
        y: dot.cy + LABEL_FONT_PX * 0.36,
        class: 'grid-dot-label',
        'aria-hidden': 'true',
        'data-label-for': dot.node.id,
      });
      label.textContent = text;
      labels.push(label);
      break;
    }
  }
  return labels;
}
