/**
 * Issue 14's screens in the workbench: the timeline under the toolbar, whose "Compare with
 * previous round" switches the map to the later round and then asks `compare` to show what
 * changed since the earlier one (the diff view, diff-view.ts, drawn on the network and mounted
 * with it: network-view.ts).
 */
import type { Me } from '../../server/contracts/index.js';
import * as store from '../state.js';
import type { DiffEnd } from './diff-view.js';
import { readPastRecordsFromTheLists } from './past-records.js';
import { mountTimeline } from './timeline.js';

export function mountRounds(options: { toolbar: HTMLElement; me: Me; compare(from: DiffEnd, to: DiffEnd): void | Promise<void> }): void {
  readPastRecordsFromTheLists();
  store.subscribe(mountTimeline(options.toolbar, { me: options.me, compare: options.compare }));
}
