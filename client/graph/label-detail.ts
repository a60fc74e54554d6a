/**
 * Level of detail for labels: a node's label is drawn only while it is at least
 * MIN_READABLE_FONT_PX tall on screen. Because label size grows with influence, zooming out
 * hides the minor actors' labels first and keeps the key actors named.
 *
 * Cytoscape's own `min-zoomed-font-size` (also set, as a backstop) rounds the zoom up to a power
 * of two, so at a zoom of 0.6 it still draws 6 px text; this rule uses the real zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { GraphNodeData } from '../../server/contracts/index.js';
import { CLASSES } from './stylesheet.js';
import { MIN_READABLE_FONT_PX, labelFontSize } from './visuals.js';

const fontSizeOf = (node: NodeSingular) => labelFontSize((node.data() as GraphNodeData).influence);

/** Whether an actor's label is readable (so drawn) at `zoom`. */
export function labelReadableAt(influence: number | null, zoom: number): boolean {
  return labelFontSize(influence) >= MIN_READABLE_FONT_PX / zoom;
}

/**
 * Keep label visibility in step with the zoom. Returns a function to re-apply now (after adding
 * nodes), for the current zoom or for the one given (the zoom a map is about to be shown at).
 */
export function keepLabelsReadable(cy: Core): (zoom?: number) => void {
  let appliedMinFont = Number.NaN;
  let frame = 0;

  const apply = (force: boolean, zoom = cy.zoom()) => {
    // The smallest font size that is readable at this zoom; labels below it are hidden (the
    // same rule as labelReadableAt).
    const minFont = MIN_READABLE_FONT_PX / zoom;
    if (!force && minFont === appliedMinFont) return;
    appliedMinFont = minFont;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        // Only changes are made: each costs the node a new style.
        const hide = fontSizeOf(node) < minFont;
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
