/**
 * Edits as undoable commands: each pairs API calls with their inverse. Records are created with an
 * id chosen here, so redo recreates the same record and links to it stay valid. Deleting an actor
 * deletes its ties on the server, so the command first reads them: undo recreates the actor with
 * the same id and then each of its ties, with the same ids and fields.
 */
import type { Actor, ActorCreate, ActorPatch, Tie, TieCreate, TiePatch } from '../../server/contracts/index.js';
import { createActor, createTie, deleteActor, deleteTie, fetchActor, fetchTie, fetchTiesOf, updateActor, updateTie } from '../api.js';
import type { Command } from './history.js';

/** A new record id: readable prefix from the name when it has Latin letters, plus randomness. */
export function newId(prefix: string, name = ''): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36).padStart(6, '0');
  return [prefix, slug, random].filter(Boolean).join('-');
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

export function createActorCommand(body: ActorCreate & { id: string }, onDone: (actor: Actor) => void): Command {
  return {
    label: `create actor “${body.name}”`,
    run: async () => onDone(await createActor(body)),
    revert: () => deleteActor(body.id),
  };
}

export async function updateActorCommand(id: string, patch: ActorPatch): Promise<Command> {
  const before = await fetchActor(id);
  return {
    label: `edit actor “${before.name}”`,
    run: async () => void (await updateActor(id, patch)),
    revert: async () => void (await updateActor(id, inversePatch(before, patch))),
  };
}

export async function deleteActorCommand(id: string): Promise<Command> {
  const [actor, ties] = await Promise.all([fetchActor(id), fetchTiesOf(id)]);
  return {
    label: `delete actor “${actor.name}”`,
    run: () => deleteActor(id),
    revert: async () => {
      await createActor(actorAsCreate(actor));
      await Promise.all(ties.map((tie) => createTie(tieAsCreate(tie))));
    },
  };
}

export function createTieCommand(body: TieCreate & { id: string }, label: string): Command {
  return {
    label: `create tie ${label}`,
    run: async () => void (await createTie(body)),
    revert: () => deleteTie(body.id),
  };
}

export async function updateTieCommand(id: string, patch: TiePatch): Promise<Command> {
  const before = await fetchTie(id);
  return {
    label: 'edit tie',
    run: async () => void (await updateTie(id, patch)),
    revert: async () => void (await updateTie(id, inversePatch(before, patch))),
  };
}

export async function deleteTieCommand(id: string): Promise<Command> {
  const tie = await fetchTie(id);
  return {
    label: 'delete tie',
    run: () => deleteTie(id),
    revert: async () => void (await createTie(tieAsCreate(tie))),
  };
}
