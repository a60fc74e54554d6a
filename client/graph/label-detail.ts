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

/** Keep label visibility in step with the zoom. Returns a function to re-apply after adding nodes. */
export function keepLabelsReadable(cy: Core): () => void {
  let appliedMinFont = Number.NaN;
  let frame = 0;

  const apply = (force: boolean) => {
    // The smallest font size that is readable at this zoom; labels below it are hidden.
    const minFont = MIN_READABLE_FONT_PX / cy.zoom();
    if (!force && minFont === appliedMinFont) return;
    appliedMinFont = minFont;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass(CLASSES.labelHidden, fontSizeOf(node) < minFont);
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
  return () => apply(true);
}
