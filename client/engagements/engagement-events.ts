/**
 * One signal that engagements changed (logged, edited, deleted, or any of these undone or redone),
 * so the views that count them (the engagement analysis tab) refresh without knowing who wrote.
 */
const EVENT = 'actor-map:engagements-changed';

export function announceEngagementsChanged(): void {
  document.dispatchEvent(new CustomEvent(EVENT));
}

/** Calls `listener` after every engagement write; returns the unsubscribe. */
export function onEngagementsChanged(listener: () => void): () => void {
  document.addEventListener(EVENT, listener);
  return () => document.removeEventListener(EVENT, listener);
}
