/** Presents map rows as Cytoscape.js elements. */
import {
  GraphEdgeDataSchema,
  GraphNodeDataSchema,
  type GraphEdgeData,
  type GraphElements,
  type GraphNodeData,
} from '../contracts/index.js';
import { contractFields, type StoredRecord } from './contract-fields.js';

const presentNode = contractFields(GraphNodeDataSchema, {
  subtype: null,
  acronym: null,
  influence: null,
  interest: null,
  stance: null,
  doNoHarmRole: 'unknown',
} satisfies Partial<GraphNodeData>);

const presentEdge = contractFields(GraphEdgeDataSchema, {
  directed: false,
  strength: 2,
  confidence: 'reported',
  validFrom: null,
  validTo: null,
} satisfies Partial<GraphEdgeData>);

export function presentGraph(nodeRows: StoredRecord[], edgeRows: StoredRecord[]): GraphElements {
  return {
    nodes: nodeRows.map((row) => ({ data: presentNode(row) })),
    edges: edgeRows.map((row) => ({ data: presentEdge(row) })),
  };
}
