/**
 * What the map emphasises, derived from the state: the shown elements (filters), then either the
 * path between two actors or the focus neighbourhood (everything else faded), and the selection,
 * which is never faded (a record just created while a focus is on is drawn at full strength).
 * Pure, so the map, the path list and the tests all read the same answer.
 */
import type { AppState } from '../state.js';
import { neighbourhood, shortestPaths, type ShortestPaths } from './paths.js';
import { visibleElements, type Visible } from './visibility.js';

export interface Display {
  visible: Visible;
  /** Elements to keep at full strength; null means no emphasis (nothing faded). */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  path: ShortestPaths | null;
}

let memo: { key: unknown[]; display: Display } | null = null;

/** The display for a state; memoised on the pieces it depends on. */
export function displayOf(state: Readonly<AppState>): Display {
  const { elements, outputMembers } = state;
  const { filters, focus, path, selection } = state.view;
  const key = [elements, outputMembers, filters, focus, path, selection];
  if (memo && memo.key.every((part, index) => part === key[index])) return memo.display;

  const members = filters.output !== null && outputMembers?.outputId === filters.output ? outputMembers.actorIds : null;
  const visible = visibleElements(elements, filters, members);
  let emphasis: Display['emphasis'] = null;
  let pathResult: ShortestPaths | null = null;
  if (path) {
    pathResult = shortestPaths(path.from, path.to, visible.nodeIds, visible.edges);
    emphasis = { nodes: new Set([path.from, path.to, ...pathResult.nodes]), edges: pathResult.edges };
  } else if (focus) {
    emphasis = neighbourhood(focus.actorId, focus.depth, visible.nodeIds, visible.edges);
  }
  if (emphasis && selection) emphasis = withSelection(emphasis, selection, elements);
  const display = { visible, emphasis, path: pathResult };
  memo = { key, display };
  return display;
}

/** The emphasis plus the selected actor, or the selected tie and its two ends. */
function withSelection(
  emphasis: NonNullable<Display['emphasis']>,
  selection: NonNullable<AppState['view']['selection']>,
  elements: AppState['elements'],
): NonNullable<Display['emphasis']> {
  if (selection.type === 'actor') {
    if (emphasis.nodes.has(selection.id)) return emphasis;
    return { nodes: new Set([...emphasis.nodes, selection.id]), edges: emphasis.edges };
  }
  const tie = elements.edges.find((edge) => edge.data.id === selection.id);
  if (!tie || emphasis.edges.has(selection.id)) return emphasis;
  return { nodes: new Set([...emphasis.nodes, tie.data.source, tie.data.target]), edges: new Set([...emphasis.edges, selection.id]) };
}
