/** Analysis panels (issue 4): not built yet; mounted from main.ts into #analysis-tools. */
import type { Core } from 'cytoscape';
import type { Me } from '../../server/contracts/index.js';

export function mountAnalysis(_root: HTMLElement, _cy: Core, _me: Me): void {}
