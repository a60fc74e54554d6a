/**
 * Groups a map's elements (those the viewer may see, as GET /api/graph gives them) for the overview:
 * each actor into one group, counts by kind per group, ties between groups aggregated with counts
 * by tie type. Pure functions of the elements, so the overview can count nothing /api/graph would
 * not show the same viewer.
 */
import type { GraphElements, GraphOverview, OverviewEdge, OverviewGrouping, OverviewMembers } from '../contracts/index.js';
import { detectCommunities, toTieArrays } from '../graph-algorithms/index.js';

export interface Grouping {
  groupBy: OverviewGrouping;
  /** Group id of each node, in the order of `elements.nodes`. */
  groupOf: Map<string, string>;
  labels: Map<string, string>;
}

/** The group of an actor without a based-in or active-in area. */
export const NO_AREA = 'area:none';

/** Each actor's group: its first based-in area (else active-in), its kind, or its Louvain community. */
export function groupActors(elements: GraphElements, groupBy: OverviewGrouping, areaNames: ReadonlyMap<string, string>): Grouping {
  const groupOf = new Map<string, string>();
  const labels = new Map<string, string>();
  if (groupBy === 'community') {
    const ids = elements.nodes.map((node) => node.data.id);
    const ties = elements.edges.map(({ data }) => ({
      sourceId: data.source,
      targetId: data.target,
      directed: data.directed,
      strength: data.strength,
    }));
    const { membership } = detectCommunities(toTieArrays(ids, ties), ids);
    ids.forEach((id, i) => {
      const group = `community:${(membership[i] as number) + 1}`;
      groupOf.set(id, group);
      if (!labels.has(group)) labels.set(group, `Community ${(membership[i] as number) + 1}`);
    });
    return { groupBy, groupOf, labels };
  }
  for (const { data } of elements.nodes) {
    if (groupBy === 'kind') {
      groupOf.set(data.id, `kind:${data.kind}`);
      labels.set(`kind:${data.kind}`, data.kind.replace(/_/g, ' '));
      continue;
    }
    const area = data.basedIn[0] ?? data.activeIn[0];
    const group = area ? `area:${area}` : NO_AREA;
    groupOf.set(data.id, group);
    labels.set(group, area ? (areaNames.get(area) ?? area) : 'No area');
  }
  return { groupBy, groupOf, labels };
}

const increment = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

type TieType = GraphElements['edges'][number]['data']['type'];

/** Adds one tie to the aggregated edge between `a` and `b`: the pair in id order, unless `ordered` (an actor and a group). */
function addTo(edges: Map<string, OverviewEdge>, a: string, b: string, type: TieType, ordered = false) {
  const [source, target] = ordered || a < b ? [a, b] : [b, a];
  const id = `${source}|${target}`;
  let edge = edges.get(id);
  if (!edge) {
    edge = { id, source, target, count: 0, types: {} };
    edges.set(id, edge);
  }
  edge.count += 1;
  increment(edge.types, type);
}

export function overviewOf(elements: GraphElements, grouping: Grouping): GraphOverview {
  const groups = new Map<string, GraphOverview['groups'][number]>();
  for (const { data } of elements.nodes) {
    const id = grouping.groupOf.get(data.id) as string;
    let group = groups.get(id);
    if (!group) {
      group = { id, label: grouping.labels.get(id) ?? id, size: 0, kinds: {}, innerTies: 0 };
      groups.set(id, group);
    }
    group.size += 1;
    increment(group.kinds, data.kind);
  }
  const edges = new Map<string, OverviewEdge>();
  for (const { data } of elements.edges) {
    const a = grouping.groupOf.get(data.source);
    const b = grouping.groupOf.get(data.target);
    if (!a || !b) continue;
    if (a === b) (groups.get(a) as GraphOverview['groups'][number]).innerTies += 1;
    else addTo(edges, a, b, data.type);
  }
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return {
    groupBy: grouping.groupBy,
    actors: elements.nodes.length,
    ties: elements.edges.length,
    groups: [...groups.values()].sort((x, y) => y.size - x.size || byId(x, y)),
    edges: [...edges.values()].sort(byId),
  };
}

/** One group opened: its actors, their ties among themselves, and their ties to other groups per actor and group. */
export function membersOf(elements: GraphElements, grouping: Grouping, group: string): OverviewMembers | null {
  const nodes = elements.nodes.filter((node) => grouping.groupOf.get(node.data.id) === group);
  if (nodes.length === 0) return null;
  const inside = new Set(nodes.map((node) => node.data.id));
  const edges: OverviewMembers['edges'] = [];
  const links = new Map<string, OverviewEdge>();
  for (const edge of elements.edges) {
    const { source, target, type } = edge.data;
    const sourceIn = inside.has(source);
    const targetIn = inside.has(target);
    if (sourceIn && targetIn) edges.push(edge);
    else if (sourceIn) addTo(links, source, grouping.groupOf.get(target) as string, type, true);
    else if (targetIn) addTo(links, target, grouping.groupOf.get(source) as string, type, true);
  }
  return { group, nodes, edges, links: [...links.values()] };
}
