/**
 * Restyling the map from an influence analysis: node size from a centrality, fill colour from the
 * Louvain community. The map's own stylesheet is left alone; the analysis writes a data field
 * (`analysisSize`, `analysisCommunity`) and a style bypass on each node inside one `cy.batch()`,
 * and `resetMapStyle` removes exactly those bypasses, so the map returns to its normal look.
 * Shapes (actor kind) are never changed, so the kind stays readable while colour shows community.
 */
import type { Core } from 'cytoscape';
import type { ActorInfluence } from '../../server/contracts/index.js';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * What the map can be sized by, each with the catalogue key of its name; `influence` is the
 * actors' assessed 1-5 influence (the default look).
 */
export const SIZE_METRICS = {
  influence: 'analysis.size_influence',
  degree: 'analysis.size_degree',
  betweenness: 'analysis.size_betweenness',
  pageRank: 'analysis.size_pageRank',
  eigenvector: 'analysis.size_eigenvector',
} as const satisfies Record<string, MessageKey>;
export type SizeMetric = keyof typeof SIZE_METRICS;

/** Paul Tol's "muted" palette; communities past the ninth share grey. */
export const COMMUNITY_COLOURS = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499'];
export const OTHER_COMMUNITY_COLOUR = '#BBBBBB';

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
}

const MIN_SIZE = 14;
const MAX_SIZE = 64;

/**
 * Size every analysed actor by `metric`, scaled between the smallest and largest value (square
 * root, so area tracks the value); `influence` removes the size bypass.
 */
export function sizeMapBy(cy: Core, actors: readonly ActorInfluence[], metric: SizeMetric): void {
  cy.batch(() => {
    if (metric === 'influence') {
      cy.nodes().removeStyle('width height').removeData('analysisSize');
      return;
    }
    const values = actors.map((actor) => actor[metric]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    for (const actor of actors) {
      const node = cy.getElementById(actor.id);
      if (node.empty()) continue;
      const t = high > low ? Math.sqrt((actor[metric] - low) / (high - low)) : 0.5;
      const size = Math.round(MIN_SIZE + t * (MAX_SIZE - MIN_SIZE));
      node.data('analysisSize', size);
      node.style({ width: size, height: size });
    }
  });
}

/** Fill each analysed actor with its community's colour (on) or its kind's colour again (off). */
export function colourMapByCommunity(cy: Core, actors: readonly ActorInfluence[], on: boolean): void {
  cy.batch(() => {
    if (!on) {
      cy.nodes().removeStyle('background-color').removeData('analysisCommunity');
      return;
    }
    for (const actor of actors) {
      const node = cy.getElementById(actor.id);
      if (node.empty()) continue;
      node.data('analysisCommunity', actor.community);
      node.style('background-color', communityColour(actor.community));
    }
  });
}

/** Remove every analysis bypass: sizes and colours come from the map's stylesheet again. */
export function resetMapStyle(cy: Core): void {
  cy.batch(() => {
    cy.nodes().removeStyle('width height background-color').removeData('analysisSize analysisCommunity');
  });
}
