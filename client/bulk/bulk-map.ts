/**
 * Choosing actors for a bulk action on the map: Shift-drag on the background draws Cytoscape's
 * box; the actors inside it are added to the choice when the box is released. Chosen actors
 * carry a class the stylesheet rings in blue. (Shift-click on an actor is in map-controller.ts.)
 */
import type { Core, NodeSingular } from 'cytoscape';
import { CLASSES } from '../graph/stylesheet.js';
import * as store from '../state.js';

export function enableBoxChoice(cy: Core): void {
  const inBox = new Set<string>();
  cy.on('box', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (!node.hasClass(CLASSES.hidden)) inBox.add(node.id());
  });
  cy.on('boxend', () => {
    // `box` events of the released box arrive just after `boxend`.
    window.setTimeout(() => {
      if (inBox.size === 0) return;
      store.setBulk([...store.getState().bulk, ...inBox]);
      inBox.clear();
    }, 0);
  });
  let shown: ReadonlySet<string> | null = null;
  store.subscribe((state) => {
    if (state.bulk === shown) return;
    shown = state.bulk;
    cy.batch(() => {
      cy.nodes(`.${CLASSES.bulk}`).removeClass(CLASSES.bulk);
      for (const id of state.bulk) cy.$id(id).addClass(CLASSES.bulk);
    });
  });
}
