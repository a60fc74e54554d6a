/**
 * Which actors and ties the filters let through: a pure function of the loaded elements and the
 * filters, shared by the map, the legend, the counts, the grid and the tables, so all of them
 * always agree on what is "shown". Ties are shown only when both ends are.
 */
import type { GraphElements, GraphEdgeData, GraphNodeData, MapFilters } from '../../server/contracts/index.js';

export interface Visible {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** True when a tie holds on `at` (YYYY-MM-DD); open ends always hold. Same rule as GET /api/graph?at=. */
export function tieValidAt(edge: Pick<GraphEdgeData, 'validFrom' | 'validTo'>, at: string | null): boolean {
  if (at === null) return true;
  const from = edge.validFrom?.slice(0, 10);
  const to = edge.validTo?.slice(0, 10);
  return (!from || from <= at) && (!to || to >= at);
}

function actorPasses(node: GraphNodeData, filters: MapFilters, outputMembers: ReadonlySet<string> | null): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
  if (filters.subtypes.length > 0 && !filters.subtypes.includes(node.subtype ?? '')) return false;
  if (filters.areas.length > 0 && ![...node.basedIn, ...node.activeIn].some((area) => filters.areas.includes(area))) return false;
  if (filters.stances.length > 0) {
    const stance = node.stance === null ? 'none' : String(node.stance);
    if (!(filters.stances as readonly string[]).includes(stance)) return false;
  }
  if (filters.doNoHarm.length > 0 && !filters.doNoHarm.includes(node.doNoHarmRole)) return false;
  if (filters.output !== null && outputMembers !== null && !outputMembers.has(node.id)) return false;
  return true;
}

/**
 * The shown part of the map. `outputMembers` is the API's answer for the output filter; while it
 * is loading (null) the output filter is not applied.
 */
export function visibleElements(elements: GraphElements, filters: MapFilters, outputMembers: ReadonlySet<string> | null): Visible {
  const nodes = elements.nodes.map((node) => node.data).filter((node) => actorPasses(node, filters, outputMembers));
  const nodeIds = new Set(nodes.map((node) => node.id));
  const edges = elements.edges
    .map((edge) => edge.data)
    .filter(
      (edge) =>
        nodeIds.has(edge.source) &&
        nodeIds.has(edge.target) &&
        (filters.tieTypes.length === 0 || filters.tieTypes.includes(edge.type)) &&
        (filters.confidence.length === 0 || filters.confidence.includes(edge.confidence)) &&
        (filters.grades.length === 0 || filters.grades.includes(edge.evidence?.grade ?? 'unsourced')) &&
        tieValidAt(edge, filters.at),
    );
  return { nodes, edges, nodeIds, edgeIds: new Set(edges.map((edge) => edge.id)) };
}

/** True when any filter is set. */
export function hasFilters(filters: MapFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null));
}
