/**
 * Level of detail for labels: a node's label is drawn only while it is at least
 * MIN_READABLE_FONT_PX tall on screen. Because label size grows with influence, zooming out
 * hides the minor actors' labels first and keeps the key actors named.
 *
 * Cytoscape's own `min-zoomed-font-size` (also set, as a backstop) rounds the zoom up to a power
 * of two, so at a zoom of 0.6 it still draws 6 px text; this rule uses the real zoom.
 *
 * Of the readable labels, those that would cover another actor or a more influential actor's
 * label are left out too (label-collisions.ts); the focus, path and selection still show theirs.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { GraphNodeData } from '../../server/contracts/index.js';
import { collidingLabels, type LabelCandidate } from './label-collisions.js';
import { mapLabel } from './labels.js';
import { CLASSES } from './stylesheet.js';
import { LABEL_FONT_FAMILY, MIN_READABLE_FONT_PX, labelFontSize, nodeSize } from './visuals.js';

const fontSizeOf = (node: NodeSingular) => labelFontSize((node.data() as GraphNodeData).influence);

/** Width of a node's label at its font size, measured once per data object with the map's font. */
const labelWidths = new WeakMap<object, number>();
let measureContext: CanvasRenderingContext2D | null | undefined;
function labelWidth(data: GraphNodeData, font: number): number {
  let width = labelWidths.get(data);
  if (width === undefined) {
    measureContext ??= document.createElement('canvas').getContext('2d');
    const text = mapLabel(data);
    if (measureContext) {
      measureContext.font = `600 ${font}px ${LABEL_FONT_FAMILY}`;
      width = measureContext.measureText(text).width;
    } else {
      width = [...text].length * font * 0.65;
    }
    labelWidths.set(data, width);
  }
  return width;
}

/** Every size a label can have (labelFontSize of each influence, or none). */
const LABEL_FONT_SIZES = [...new Set([null, 1, 2, 3, 4, 5].map(labelFontSize))];

/** Whether an actor's label is readable (so drawn) at `zoom`. */
export function labelReadableAt(influence: number | null, zoom: number): boolean {
  return labelFontSize(influence) >= MIN_READABLE_FONT_PX / zoom;
}

/**
 * Keep label visibility in step with the zoom. Returns a function to re-apply now (after adding
 * nodes), for the current zoom or for the one given (the zoom a map is about to be shown at).
 */
export function keepLabelsReadable(cy: Core): (zoom?: number) => void {
  let appliedReadableFonts = Number.NaN;
  let frame = 0;

  const apply = (force: boolean, zoom = cy.zoom()) => {
    // The smallest font size that is readable at this zoom; labels below it are hidden (the
    // same rule as labelReadableAt). What is shown depends only on how many of the few label
    // sizes are readable, so a zoom step that crosses no size changes nothing and costs nothing.
    const minFont = MIN_READABLE_FONT_PX / zoom;
    const readableFonts = LABEL_FONT_SIZES.filter((size) => size >= minFont).length;
    if (!force && readableFonts === appliedReadableFonts) return;
    appliedReadableFonts = readableFonts;
    const nodes = cy.nodes(':visible');
    const candidates: LabelCandidate[] = nodes.map((node) => {
      const data = node.data() as GraphNodeData;
      const font = labelFontSize(data.influence);
      const { x, y } = node.position();
      // The selection's neighbours, a path and a focus root are always named: placed first, the others avoid them.
      const forced = node.hasClass(CLASSES.neighbour) || node.hasClass(CLASSES.onPath) || node.hasClass(CLASSES.focusRoot);
      return {
        id: node.id(),
        x,
        y,
        size: nodeSize(data.influence),
        font,
        labelWidth: labelWidth(data, font),
        priority: forced ? 100 : (data.influence ?? 0),
        labelled: forced || font >= minFont,
      };
    });
    const covering = collidingLabels(candidates);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        // Only changes are made: each costs the node a new style.
        const hide = fontSizeOf(node) < minFont || covering.has(node.id());
        if (node.hasClass(CLASSES.labelHidden) !== hide) node.toggleClass(CLASSES.labelHidden, hide);
      });
    });
  };

  cy.on('zoom', () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      apply(false);
    });
  });
  return (zoom?: number) => apply(true, zoom);
}
