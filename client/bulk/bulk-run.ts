/**
 * Running a bulk action: the existing PATCH or DELETE of each chosen actor, at most four at a
 * time, so every change passes the server's own checks (clearance, hidden ties) actor by actor.
 * What went through becomes one undo step; what the server refused is reported per actor with
 * its message, and left as it was.
 */
import type { Actor, ActorPatch, Sensitivity } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { t } from '../i18n/i18n.js';
import { commandFor, deleteActorCommand, updateActorCommand, type BulkRecord } from '../edit/commands.js';
import { BULK_CONCURRENCY, eachLimited } from '../ui/each-limited.js';

export type BulkAction =
  | { kind: 'sensitivity'; sensitivity: Sensitivity }
  | { kind: 'add-area'; areaId: string; areaName: string }
  | { kind: 'review-by'; date: string }
  /** A subtype of the one kind all chosen actors share; null takes the subtype off. */
  | { kind: 'subtype'; subtype: string | null; subtypeName: string }
  | { kind: 'delete' };

export interface BulkOutcome {
  label: string;
  done: number;
  refused: { id: string; name: string; message: string }[];
  /** The changes that went through, as one command (null when none did). */
  command: ReturnType<typeof commandFor> | null;
}

function patchFor(action: Exclude<BulkAction, { kind: 'delete' }>): (before: Actor) => ActorPatch {
  switch (action.kind) {
    case 'sensitivity':
      return () => ({ sensitivity: action.sensitivity });
    case 'add-area':
      return (before) => ({ activeIn: before.activeIn.includes(action.areaId) ? before.activeIn : [...before.activeIn, action.areaId] });
    case 'review-by':
      return () => ({ reviewBy: action.date });
    case 'subtype':
      return () => ({ subtype: action.subtype });
  }
}

/** The undo label of a bulk action, in the interface's language ("set sensitivity of 3 actors"). */
export function bulkLabel(action: BulkAction, count: number): string {
  switch (action.kind) {
    case 'sensitivity':
      return t('bulk.label_sensitivity', { count });
    case 'add-area':
      return t('bulk.label_addArea', { count, area: action.areaName });
    case 'review-by':
      return t('bulk.label_reviewBy', { count });
    case 'subtype':
      return action.subtype === null
        ? t('bulk.label_clearSubtype', { count })
        : t('bulk.label_subtype', { count, subtype: action.subtypeName });
    case 'delete':
      return t('bulk.label_delete', { count });
  }
}

/** Apply `action` to each actor of `ids`; `names` labels the refusals. */
export async function runBulk(ids: readonly string[], action: BulkAction, names: ReadonlyMap<string, string>): Promise<BulkOutcome> {
  const records: BulkRecord['records'] = [];
  const refused: BulkOutcome['refused'] = [];
  const refuse = (id: string, error: unknown) => refused.push({ id, name: names.get(id) ?? id, message: asApiError(error).message });
  // Every command reads what its undo needs (the actor, a deleted actor's ties) before any change
  // runs: a tie read while its other end is being deleted by the same action would be half gone.
  const commands: { id: string; command: Awaited<ReturnType<typeof updateActorCommand>> }[] = [];
  await eachLimited(ids, BULK_CONCURRENCY, async (id) => {
    try {
      commands.push({
        id,
        command: action.kind === 'delete' ? await deleteActorCommand(id) : await updateActorCommand(id, patchFor(action)),
      });
    } catch (error) {
      refuse(id, error);
    }
  });
  await eachLimited(commands, BULK_CONCURRENCY, async ({ id, command }) => {
    try {
      await command.run();
      if (command.record.op === 'update-actor' || command.record.op === 'delete-actor') records.push(command.record);
    } catch (error) {
      refuse(id, error);
    }
  });
  const label = bulkLabel(action, records.length);
  return { label, done: records.length, refused, command: records.length > 0 ? commandFor({ op: 'bulk', label, records }) : null };
}
