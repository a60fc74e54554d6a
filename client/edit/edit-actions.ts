/**
 * The edit actions behind the forms, the panel and the keyboard shortcuts: each edit becomes a
 * command on the session's undo history, then the map is refreshed from the API. Errors from the
 * API are thrown back to the form that asked (it shows field details inline); undo and redo
 * report failures in the live region. The history is kept for the tab's session (kept-history.ts).
 */
import type { ActorCreateRequest, ActorPatch, TieCreateRequest, TiePatch } from '../../server/contracts/index.js';
import { asApiError, clearSelection, reloadGraph, showActor, showTie } from '../actions.js';
import * as store from '../state.js';
import {
  createActorCommand,
  createTieCommand,
  deleteActorCommand,
  deleteTieCommand,
  newId,
  updateActorCommand,
  updateTieCommand,
} from './commands.js';
import { createHistory, type Command } from './history.js';
import { keepHistory, readKeptHistory } from './kept-history.js';
import { t } from '../i18n/i18n.js';

const history = createHistory((busy) => {
  store.setHistory({ ...history.labels(), busy });
  if (!busy) keepHistory(history.stacks());
}, readKeptHistory());

/** Show the kept history's Undo and Redo labels once the workbench is up. */
export function showKeptHistory(): void {
  store.setHistory({ ...history.labels(), busy: false });
}

/** Views that show records the map does not draw (the coordination grid) listen for this to refresh. */
export const EDITED_EVENT = 'actor-map:edited';

async function perform(command: Command, options: { reloadMap?: boolean } = {}): Promise<void> {
  await history.perform(command);
  store.setHistory({ ...history.labels(), busy: false });
  window.dispatchEvent(new Event(EDITED_EVENT));
  if (options.reloadMap !== false) await reloadGraph();
}

/** Run an edit that changes what the map draws without being an actor or tie edit (a claim moves a grade). */
export const performMapEdit = (command: Command) => perform(command);

/** Run an edit of records the map does not draw (engagements) on the same history, without reloading the map. */
export const performRecordEdit = (command: Command) => perform(command, { reloadMap: false });

/** Create an actor from a validated form body; selects it. */
export async function createActorFromForm(body: ActorCreateRequest): Promise<void> {
  const withId = { ...body, id: body.id ?? newId('actor') };
  await perform(createActorCommand(withId));
  store.notify(t('edit.createdActor', { name: body.name }));
  showActor(withId.id, { moveFocus: false });
}

export async function updateActorFromForm(id: string, patch: ActorPatch): Promise<void> {
  await perform(await updateActorCommand(id, patch));
  store.notify(t('edit.savedActor'));
}

export async function deleteActorById(id: string): Promise<void> {
  const command = await deleteActorCommand(id);
  const name = store.getState().elements.nodes.find((node) => node.data.id === id)?.data.label ?? id;
  clearSelection();
  await perform(command);
  store.notify(t('edit.deletedActor', { name }));
}

export async function createTieFromForm(body: TieCreateRequest, label: string): Promise<void> {
  const withId = { ...body, id: body.id ?? newId('tie') };
  await perform(createTieCommand(withId, label));
  store.notify(t('edit.createdTie', { label }));
  showTie(withId.id);
}

export async function updateTieFromForm(id: string, patch: TiePatch): Promise<void> {
  await perform(await updateTieCommand(id, patch));
  store.notify(t('edit.savedTie'));
}

export async function deleteTieById(id: string): Promise<void> {
  const command = await deleteTieCommand(id);
  clearSelection();
  await perform(command);
  store.notify(t('edit.deletedTie'));
}

/**
 * Perform another module's command (coordination roles and mechanisms, the output page's stances
 * and benchmarks) on the same history, with a notice if given; errors go back to the caller.
 */
export async function performEdit(command: Command, notice?: string): Promise<void> {
  await perform(command);
  if (notice) store.notify(notice);
}

/** Put a bulk action that has already run on the history, as one undo step. */
export function recordDone(command: Command): Promise<void> {
  let ran = true;
  // The first run is the one that already happened; a redo runs the real thing.
  return perform({ ...command, run: () => (ran ? ((ran = false), Promise.resolve()) : command.run()) });
}

async function step(direction: 'undo' | 'redo'): Promise<void> {
  const label = direction === 'undo' ? history.labels().undo : history.labels().redo;
  try {
    const moved = direction === 'undo' ? await history.undo() : await history.redo();
    store.setHistory({ ...history.labels(), busy: false });
    if (!moved) return;
    window.dispatchEvent(new Event(EDITED_EVENT));
    await reloadGraph();
    store.notify(t(direction === 'undo' ? 'edit.undone' : 'edit.redone', { label: label ?? '' }));
  } catch (error) {
    store.setHistory({ ...history.labels(), busy: false });
    store.notify(
      t(direction === 'undo' ? 'edit.undoFailed' : 'edit.redoFailed', { label: label ?? '', message: asApiError(error).message }),
      'error',
    );
  }
}

export const undo = () => step('undo');
export const redo = () => step('redo');
