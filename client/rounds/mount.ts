/**
 * Issue 14's screens in the workbench: the timeline under the toolbar and the diff view beside
 * the map. "Compare with previous round" switches the map to the later round, then shows what
 * changed since the earlier one.
 */
import type { Core } from 'cytoscape';
import type { Me } from '../../server/contracts/index.js';
import * as store from '../state.js';
import { mountDiffView } from './diff-view.js';
import { readPastRecordsFromTheLists } from './past-records.js';
import { mountTimeline } from './timeline.js';

export function mountRounds(options: { toolbar: HTMLElement; stage: HTMLElement; cy: Core; me: Me }): void {
  readPastRecordsFromTheLists();
  const diffView = mountDiffView(options.stage, options.cy);
  store.subscribe(mountTimeline(options.toolbar, { me: options.me, compare: (from, to) => diffView.show(from, to) }));
  store.subscribe(diffView.render);
}
