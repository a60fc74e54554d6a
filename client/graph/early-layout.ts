/**
 * The first map's force-directed layout, asked for by the page's first script as soon as the
 * map's data arrives, while the workbench is still loading, mounting its panels and checking the
 * data against the contract. The workbench asks for the layout of the same data a moment later
 * and, the two requests being equal, gets this computation (layout-worker-client.ts). Only for
 * the usual first map: force-directed, that is no `layout` in the URL (pins come later, from a
 * saved view). Nothing here trusts the data: if it is not a map, nothing is asked, and the
 * workbench reports the error when it checks the same answer.
 */
import type { ApiAnswer } from '../api/early-requests.js';
import { fcoseInputOf } from './fcose-input.js';
import { layoutInWorker } from './layout-worker-client.js';

interface RawElements {
  nodes: { data: { id: string; influence: number | null } }[];
  edges: { data: { id: string; source: string; target: string; strength: number } }[];
}

/** Once `graph` answers, start the first map's layout if the page will want it. */
export async function layOutFirstMapEarly(graph: Promise<ApiAnswer> | null, search: string): Promise<void> {
  if (!graph || new URLSearchParams(search).has('layout')) return;
  const answer = await graph.catch(() => null);
  const elements = answer?.ok ? (answer.body as Partial<RawElements> | undefined) : undefined;
  if (!Array.isArray(elements?.nodes) || !Array.isArray(elements.edges)) return;
  try {
    layoutInWorker(
      fcoseInputOf(
        elements.nodes.map((node) => node.data),
        elements.edges.map((edge) => edge.data),
      ),
    );
  } catch {
    // An element without data: not a map, which the workbench's check will report.
  }
}
