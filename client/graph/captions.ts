/**
 * Captions of the grouped and concentric layouts ("Government (12)", "Influence 5"), drawn as HTML
 * over the map and moved with the viewport, so they are not graph elements: counts and exports
 * of actors never include them. A group's caption stays inside its band (the top of its cell):
 * as wide as the cell on screen, at most two lines, cut with an ellipsis, and hidden when the map
 * is zoomed so far out that the band is too small to read; so captions never cover each other.
 * Fitting the map to what is shown includes the captions of the groups shown.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { Box } from './group-grid.js';
import type { Caption } from './layout-groups.js';

/** A band narrower or lower than this on screen is too small for its caption to be read. */
const MIN_READABLE = { width: 48, height: 14 };
/** The height of one line of a group caption (font 12-13 px, line height 1.15, padding). */
const LINE_PX = 17;

export function mountCaptions(cy: Core, layer: HTMLElement) {
  let captions: Caption[] = [];
  let frame = 0;
  const place = () => {
    frame = 0;
    const zoom = cy.zoom();
    const pan = cy.pan();
    [...layer.children].forEach((child, index) => {
      const caption = captions[index];
      const element = child as HTMLElement;
      if (!caption) return;
      const at = `translate(${caption.x * zoom + pan.x}px, ${caption.y * zoom + pan.y}px)`;
      if (!caption.band) {
        element.style.transform = `${at} translate(-50%, -100%)`;
        return;
      }
      const width = (caption.band.x2 - caption.band.x1) * zoom;
      const height = (caption.band.y2 - caption.band.y1) * zoom;
      element.hidden = width < MIN_READABLE.width || height < MIN_READABLE.height;
      // As many whole lines as the band holds: one line is cut with an ellipsis, more wrap.
      const lines = Math.max(1, Math.floor(height / LINE_PX));
      element.classList.toggle('map-caption-one-line', lines === 1);
      element.style.setProperty('-webkit-line-clamp', String(lines));
      element.style.transform = at;
      element.style.width = `${width}px`;
      element.style.maxHeight = `${height}px`;
    });
  };
  cy.on('viewport', () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  });
  const set = (next: Caption[]) => {
    captions = next;
    layer.replaceChildren(
      ...next.map((caption) => {
        const element = document.createElement('div');
        element.className = caption.band ? 'map-caption map-caption-group' : 'map-caption';
        element.textContent = caption.text;
        if (caption.key !== undefined) element.dataset.group = caption.key;
        return element;
      }),
    );
    place();
  };

  /**
   * Fit the view to `shown` and the cells of the groups it has actors in (their captions sit
   * above the actors), no closer than `maxZoom`.
   */
  const fit = (shown: Collection, padding: number, maxZoom: number) => {
    const cells = captions.map((caption) => caption.cell).filter((cell): cell is Box => cell !== undefined);
    const nodes = shown.nodes();
    if (cells.length === 0 || nodes.empty()) {
      cy.fit(shown.nonempty() ? shown : undefined, padding);
    } else {
      const box = nodes.boundingBox({});
      let [x1, y1, x2, y2] = [box.x1, box.y1, box.x2, box.y2];
      for (const cell of cells) {
        const holds = nodes.some((node) => {
          const { x, y } = (node as NodeSingular).position();
          return x >= cell.x1 && x <= cell.x2 && y >= cell.y1 && y <= cell.y2;
        });
        if (!holds) continue;
        [x1, y1, x2, y2] = [Math.min(x1, cell.x1), Math.min(y1, cell.y1), Math.max(x2, cell.x2), Math.max(y2, cell.y2)];
      }
      const zoom = Math.max(
        cy.minZoom(),
        Math.min(cy.maxZoom(), (cy.width() - 2 * padding) / Math.max(1, x2 - x1), (cy.height() - 2 * padding) / Math.max(1, y2 - y1)),
      );
      cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * zoom, y: cy.height() / 2 - ((y1 + y2) / 2) * zoom } });
    }
    if (cy.zoom() > maxZoom) cy.zoom({ level: maxZoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return { set, fit };
}
