/**
 * Edits as undoable commands: each pairs API calls with their inverse. Records are created with an
 * id chosen here, so redo recreates the same record and links to it stay valid. Deleting an actor
 * deletes its ties on the server, so the command first reads them: undo recreates the actor with
 * the same id and then each of its ties, with the same ids and fields.
 */
import type { Actor, ActorCreate, ActorPatch, Tie, TieCreate, TiePatch } from '../../server/contracts/index.js';
import { createActor, createTie, deleteActor, deleteTie, fetchActor, fetchTie, fetchTiesOf, updateActor, updateTie } from '../api.js';
import type { Command } from './history.js';

/**
 * A new record id: the kind of record and 96 random bits, nothing taken from the name (an id
 * travels in URLs, logs and the audit log, where a name must not).
 */
export function newId(prefix: string): string {
  const random = [...crypto.getRandomValues(new Uint32Array(3))].map((n) => n.toString(36).padStart(7, '0')).join('');
  return `${prefix}-${random}`;
}

/** The create body that recreates an actor exactly as it was read. */
export function actorAsCreate(actor: Actor): ActorCreate {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    ...(actor.subtype ? { subtype: actor.subtype } : {}),
    ...(actor.acronym ? { acronym: actor.acronym } : {}),
    aliases: actor.aliases,
    // Editing roles receive every field (server/presenters/field-access.ts); the fallbacks only satisfy the type.
    description: actor.description ?? '',
    basedIn: actor.basedIn,
    activeIn: actor.activeIn,
    ...(actor.influence !== null ? { influence: actor.influence } : {}),
    ...(actor.interest !== null ? { interest: actor.interest } : {}),
    ...(actor.stance != null ? { stance: actor.stance } : {}),
    doNoHarmRole: actor.doNoHarmRole,
    womenFocus: actor.womenFocus,
    youthFocus: actor.youthFocus,
    needs: actor.needs ?? [],
    sensitivity: actor.sensitivity,
    ...(actor.reviewBy ? { reviewBy: actor.reviewBy.slice(0, 10) } : {}),
  };
}

/** The create body that recreates a tie exactly as it was read. */
export function tieAsCreate(tie: Tie): TieCreate {
  const date = (value: string | null) => (value ? value.slice(0, 10) : undefined);
  return {
    id: tie.id,
    type: tie.type,
    sourceId: tie.sourceId,
    targetId: tie.targetId,
    directed: tie.directed,
    strength: tie.strength,
    source: tie.source ?? '',
    confidence: tie.confidence,
    observedAt: date(tie.observedAt),
    validFrom: date(tie.validFrom),
    validTo: date(tie.validTo),
    outputId: tie.outputId ?? undefined,
    description: tie.description ?? '',
    sensitivity: tie.sensitivity,
  };
}

/** The patch that puts back the fields `patch` changes, as they are in `before`. */
function inversePatch<P extends object>(before: object, patch: P): P {
  const inverse: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    const value = (before as Record<string, unknown>)[key];
    inverse[key] = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : (value ?? null);
  }
  return inverse as P;
}

/**
 * What an edit did, as data: enough to redo and undo it. Commands are rebuilt from these records,
 * so the history can be kept in the tab's sessionStorage and survive a reload.
 */
export type CommandRecord =
  | { op: 'create-actor'; body: ActorCreate & { id: string } }
  | { op: 'update-actor'; id: string; name: string; patch: ActorPatch; inverse: ActorPatch }
  | { op: 'delete-actor'; actor: Actor; ties: Tie[] }
  | { op: 'create-tie'; body: TieCreate & { id: string }; label: string }
  | { op: 'update-tie'; id: string; patch: TiePatch; inverse: TiePatch }
  | { op: 'delete-tie'; tie: Tie }
  | BulkRecord;

/** One bulk action on several actors: one undo step. Holds only the changes that went through. */
export interface BulkRecord {
  op: 'bulk';
  label: string;
  records: (Extract<CommandRecord, { op: 'update-actor' }> | Extract<CommandRecord, { op: 'delete-actor' }>)[];
}

/** Run `work` over `items`, at most `limit` at a time (one browser, one server: be gentle). */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export const BULK_CONCURRENCY = 4;

/**
 * A bulk action replayed: every change again, or undone. Undoing deletions recreates all the
 * actors first, then their ties once each (a tie between two deleted actors is in both lists).
 */
function bulkCommand(record: BulkRecord): Command {
  const parts = record.records.map((part) => commandFor(part));
  return {
    record,
    label: record.label,
    run: () => eachLimited(parts, BULK_CONCURRENCY, (part) => part.run()),
    revert: async () => {
      const deleted = record.records.filter((part) => part.op === 'delete-actor');
      await eachLimited(deleted, BULK_CONCURRENCY, async (part) => void (await createActor(actorAsCreate(part.actor))));
      const ties = new Map(deleted.flatMap((part) => part.ties.map((tie) => [tie.id, tie] as const)));
      await eachLimited([...ties.values()], BULK_CONCURRENCY, async (tie) => void (await createTie(tieAsCreate(tie))));
      const updates = parts.filter((part) => part.record.op === 'update-actor');
      await eachLimited(updates, BULK_CONCURRENCY, (part) => part.revert());
    },
  };
}

/** The command that replays a record. */
export function commandFor(record: CommandRecord): Command {
  switch (record.op) {
    case 'create-actor':
      return { record, label: `create actor “${record.body.name}”`, run: async () => void (await createActor(record.body)), revert: () => deleteActor(record.body.id) };
    case 'update-actor':
      return {
        record,
        label: `edit actor “${record.name}”`,
        run: async () => void (await updateActor(record.id, record.patch)),
        revert: async () => void (await updateActor(record.id, record.inverse)),
      };
    case 'delete-actor':
      return {
        record,
        label: `delete actor “${record.actor.name}”`,
        run: () => deleteActor(record.actor.id),
        revert: async () => {
          await createActor(actorAsCreate(record.actor));
          await Promise.all(record.ties.map((tie) => createTie(tieAsCreate(tie))));
        },
      };
    case 'create-tie':
      return { record, label: `create tie ${record.label}`, run: async () => void (await createTie(record.body)), revert: () => deleteTie(record.body.id) };
    case 'update-tie':
      return {
        record,
        label: 'edit tie',
        run: async () => void (await updateTie(record.id, record.patch)),
        revert: async () => void (await updateTie(record.id, record.inverse)),
      };
    case 'delete-tie':
      return { record, label: 'delete tie', run: () => deleteTie(record.tie.id), revert: async () => void (await createTie(tieAsCreate(record.tie))) };
    case 'bulk':
      return bulkCommand(record);
  }
}

export function createActorCommand(body: ActorCreate & { id: string }): Command {
  return commandFor({ op: 'create-actor', body });
}

export async function updateActorCommand(id: string, patch: ActorPatch | ((before: Actor) => ActorPatch)): Promise<Command> {
  const before = await fetchActor(id);
  const asked = typeof patch === 'function' ? patch(before) : patch;
  return commandFor({ op: 'update-actor', id, name: before.name, patch: asked, inverse: inversePatch(before, asked) });
}

export async function deleteActorCommand(id: string): Promise<Command> {
  const [actor, ties] = await Promise.all([fetchActor(id), fetchTiesOf(id)]);
  return commandFor({ op: 'delete-actor', actor, ties });
}

export function createTieCommand(body: TieCreate & { id: string }, label: string): Command {
  return commandFor({ op: 'create-tie', body, label });
}

export async function updateTieCommand(id: string, patch: TiePatch): Promise<Command> {
  const before = await fetchTie(id);
  return commandFor({ op: 'update-tie', id, patch, inverse: inversePatch(before, patch) });
}

export async function deleteTieCommand(id: string): Promise<Command> {
  return commandFor({ op: 'delete-tie', tie: await fetchTie(id) });
}
