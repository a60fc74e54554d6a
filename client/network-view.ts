/**
 * The network view's half of the workbench: the one Cytoscape instance, its controller, the diff
 * view drawn on it and the overview of large maps. Loaded on its own (workbench.ts imports it
 * dynamically) so that a page opened on the area map draws its boundaries without first
 * evaluating Cytoscape and creating a map nobody sees yet (issue 16: the map view's first frame
 * against a bare MapLibre page). A page opened on the network loads it at once, while the
 * workbench waits for the language and the account.
 */
import type { Core } from 'cytoscape';
import { createMap } from './graph/map.js';
import { mountMapController } from './map-controller.js';
import { overviewThreshold, startWithOverview, type OverviewHandle } from './overview/overview-view.js';
import { mountDiffView } from './rounds/diff-view.js';

export interface NetworkViewOptions {
  container: HTMLElement;
  captions: HTMLElement;
  tieOverlay: SVGSVGElement;
  /** Where the diff view's panel goes (rounds/diff-view.ts). */
  stage: HTMLElement;
  webgl: boolean;
  panelWidth(): number;
  newTie(sourceId: string, targetId: string): void;
}

export interface NetworkView {
  cy: Core;
  controller: ReturnType<typeof mountMapController>;
  diffView: ReturnType<typeof mountDiffView>;
  /** The overview in `host` above the configured size, else `showFullMap()` (overview/overview-view.ts). */
  startWithOverview(host: HTMLElement, showFullMap: () => void): Promise<OverviewHandle | null>;
}

/** Create the map in `options.container`. Call once. */
export function mountNetworkView(options: NetworkViewOptions): NetworkView {
  const cy = createMap(options.container, { webgl: options.webgl });
  window.__actorMap = { cy };
  const controller = mountMapController(cy, options);
  return {
    cy,
    controller,
    diffView: mountDiffView(options.stage, cy),
    startWithOverview: (host, showFullMap) => startWithOverview(host, overviewThreshold(), showFullMap),
  };
}
