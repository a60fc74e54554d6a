/**
 * Captions of the grouped and concentric layouts ("Government (12)", "Influence 5"), drawn as HTML
 * over the map and moved with the viewport, so they are not graph elements: counts and exports
 * of actors never include them.
 */
import type { Core } from 'cytoscape';

export function mountCaptions(cy: Core, layer: HTMLElement) {
  let captions: { text: string; x: number; y: number }[] = [];
  let frame = 0;
  const place = () => {
    frame = 0;
    const zoom = cy.zoom();
    const pan = cy.pan();
    [...layer.children].forEach((child, index) => {
      const caption = captions[index];
      if (!caption) return;
      (child as HTMLElement).style.transform = `translate(${caption.x * zoom + pan.x}px, ${caption.y * zoom + pan.y}px) translate(-50%, -100%)`;
    });
  };
  cy.on('viewport', () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  });
  return (next: { text: string; x: number; y: number }[]) => {
    captions = next;
    layer.replaceChildren(
      ...next.map((caption) => {
        const element = document.createElement('div');
        element.className = 'map-caption';
        element.textContent = caption.text;
        return element;
      }),
    );
    place();
  };
}
