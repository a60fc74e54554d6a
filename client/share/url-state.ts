/**
 * The view state in the page URL, so a copied link reopens the same view: filters, focus, path,
 * layout, mode, selection and zoom, and the past point of the timeline (`asOf`). Short, readable parameters (`?kinds=donor,government&focus=x:2`)
 * rather than one opaque blob, so a person can read and edit a link. Parsing goes through the
 * contract's `ViewStateSchema`: a hand-edited link with a bad value falls back to defaults for that
 * part instead of breaking the page.
 */
import { MapFiltersSchema, ViewStateSchema, type ViewState } from '../../server/contracts/index.js';

const LIST_FILTERS = ['kinds', 'subtypes', 'areas', 'stances', 'doNoHarm', 'tieTypes', 'confidence'] as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The query string for a view (without the leading `?`); defaults are left out. */
/** `asOf`: the past point shown (a round id or an ISO date-time; rounds/past-link.ts reads it at start), null for today. */
export function encodeView(view: ViewState, savedViewId: string | null = null, asOf: string | null = null): string {
  const params = new URLSearchParams();
  const { filters } = view;
  for (const key of LIST_FILTERS) if (filters[key].length > 0) params.set(key, filters[key].join(','));
  if (filters.output) params.set('output', filters.output);
  if (filters.at) params.set('at', filters.at);
  if (view.focus) params.set('focus', `${view.focus.actorId}:${view.focus.depth}`);
  if (view.path) params.set('path', `${view.path.from},${view.path.to}`);
  if (view.layout !== 'fcose') params.set('layout', view.layout);
  if (view.mode !== 'map') params.set('mode', view.mode);
  if (view.selection) params.set('select', `${view.selection.type}:${view.selection.id}`);
  if (view.viewport) {
    const { zoom, x, y } = view.viewport;
    params.set('zoom', `${round(zoom, 4)},${round(x, 1)},${round(y, 1)}`);
  }
  if (savedViewId) params.set('saved', savedViewId);
  if (asOf) params.set('asOf', asOf);
  return params.toString();
}

/** The view described by a query string; unknown or invalid parts are ignored. */
export function decodeView(search: string): { view: ViewState; savedViewId: string | null } {
  const params = new URLSearchParams(search);
  const list = (key: string) =>
    params
      .get(key)
      ?.split(',')
      .filter((part) => part.length > 0);
  const rawFilters: Record<string, unknown> = {};
  for (const key of LIST_FILTERS) rawFilters[key] = list(key);
  rawFilters.output = params.get('output') ?? undefined;
  rawFilters.at = params.get('at') ?? undefined;
  // Each filter is parsed alone, so one bad value does not discard the others.
  const filters = MapFiltersSchema.parse({});
  for (const [key, value] of Object.entries(rawFilters)) {
    if (value === undefined) continue;
    const parsed = MapFiltersSchema.safeParse({ [key]: value });
    if (parsed.success) Object.assign(filters, { [key]: parsed.data[key as keyof typeof filters] });
  }

  const raw: Record<string, unknown> = { filters };
  const focus = params.get('focus')?.split(':');
  if (focus?.[0]) raw.focus = { actorId: focus[0], depth: Number(focus[1] ?? 1) };
  const path = list('path');
  if (path?.length === 2) raw.path = { from: path[0], to: path[1] };
  raw.layout = params.get('layout') ?? undefined;
  raw.mode = params.get('mode') ?? undefined;
  const select = params.get('select');
  if (select) {
    const at = select.indexOf(':');
    raw.selection = { type: select.slice(0, at), id: select.slice(at + 1) };
  }
  const zoom = list('zoom')?.map(Number);
  if (zoom?.length === 3) raw.viewport = { zoom: zoom[0], x: zoom[1], y: zoom[2] };

  const view = ViewStateSchema.parse({});
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const parsed = ViewStateSchema.safeParse({ [key]: value });
    if (parsed.success) Object.assign(view, { [key]: parsed.data[key as keyof ViewState] });
  }
  return { view, savedViewId: params.get('saved') };
}
