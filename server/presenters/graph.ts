/** Presents map rows as Cytoscape.js elements. */
import { GraphElementsSchema, type GraphElements } from '../contracts/index.js';
import { withDefaults } from './defaults.js';

const NODE_DEFAULTS = { subtype: null, acronym: null, influence: null, interest: null, stance: null, doNoHarmRole: 'unknown' };
const EDGE_DEFAULTS = { directed: false, strength: 2, confidence: 'reported', validFrom: null, validTo: null };

export function presentGraph(nodeRows: Record<string, unknown>[], edgeRows: Record<string, unknown>[]): GraphElements {
  return GraphElementsSchema.parse({
    nodes: nodeRows.map((row) => ({ data: withDefaults(NODE_DEFAULTS, row) })),
    edges: edgeRows.map((row) => ({ data: withDefaults(EDGE_DEFAULTS, row) })),
  });
}
