/**
 * Saved views name actors (positions, pins, focus, path, selection). Two rules keep them within
 * need to know: a view is shown to each reader without the actors and ties that reader may not
 * see, and an actor's deletion removes it from every view (a derived copy of the actor).
 */
import type { SavedView } from '../contracts/index.js';

/** Ids of actors a view mentions. */
export function actorIdsIn(view: Pick<SavedView, 'positions' | 'pinned' | 'state'>): string[] {
  const { focus, path, selection } = view.state;
  const ids = new Set([...Object.keys(view.positions), ...view.pinned]);
  if (focus) ids.add(focus.actorId);
  if (path) ids.add(path.from).add(path.to);
  if (selection?.type === 'actor') ids.add(selection.id);
  return [...ids];
}

/** The view without the given actors (and without a selected tie that is hidden). */
export function withoutActors<V extends Pick<SavedView, 'positions' | 'pinned' | 'state'>>(
  view: V,
  hidden: ReadonlySet<string>,
  hiddenTie = false,
): V {
  if (hidden.size === 0 && !hiddenTie) return view;
  const { focus, path, selection } = view.state;
  return {
    ...view,
    positions: Object.fromEntries(Object.entries(view.positions).filter(([id]) => !hidden.has(id))),
    pinned: view.pinned.filter((id) => !hidden.has(id)),
    state: {
      ...view.state,
      focus: focus && hidden.has(focus.actorId) ? null : focus,
      path: path && (hidden.has(path.from) || hidden.has(path.to)) ? null : path,
      selection:
        selection && ((selection.type === 'actor' && hidden.has(selection.id)) || (selection.type === 'tie' && hiddenTie))
          ? null
          : selection,
    },
  };
}

/**
 * The view with one actor's id replaced by another's (a merge folds `fromId` into `toId`): where
 * both are placed or pinned, the kept actor's own position wins. A path from an actor to its
 * own duplicate, now a path to itself, is dropped.
 */
export function withActorRenamed<V extends Pick<SavedView, 'positions' | 'pinned' | 'state'>>(view: V, fromId: string, toId: string): V {
  const rename = (id: string) => (id === fromId ? toId : id);
  const { focus, path, selection } = view.state;
  const positions = { ...view.positions };
  const moved = positions[fromId];
  delete positions[fromId];
  if (moved && !positions[toId]) positions[toId] = moved;
  const renamedPath = path ? { from: rename(path.from), to: rename(path.to) } : null;
  return {
    ...view,
    positions,
    pinned: [...new Set(view.pinned.map(rename))],
    state: {
      ...view.state,
      focus: focus ? { ...focus, actorId: rename(focus.actorId) } : focus,
      path: renamedPath && renamedPath.from !== renamedPath.to ? renamedPath : null,
      selection: selection && selection.type === 'actor' ? { ...selection, id: rename(selection.id) } : selection,
    },
  };
}
