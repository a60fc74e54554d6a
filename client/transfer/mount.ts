/** Import, export and the administrators' audit view (issues 5 and 6): not built yet; mounted into #transfer-tools. */
import type { Me } from '../../server/contracts/index.js';

export function mountTransfers(_root: HTMLElement, _me: Me): void {}
