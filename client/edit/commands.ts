/**
 * Edits as undoable commands: each pairs API calls with their inverse. Records are created with an
 * id chosen here, so redo recreates the same record and links to it stay valid. Deleting an actor
 * deletes its ties on the server, so the command first reads them: undo recreates the actor with
 * the same id and then each of its ties, with the same ids and fields, and then the claims about
 * them (read before the delete too). An edit's claim is undone with the edit
 * (client/evidence/edit-claim-undo.ts). Engagement commands tell the engagement views after each
 * write (engagement-events.ts).
 */
import type {
  Actor,
  ClaimRecord,
  EditClaimChange,
  ActorCreate,
  ActorCreateRequest,
  ActorPatch,
  EngagementCreate,
  EngagementPatch,
  LoggedEngagement,
  Tie,
  TieCreate,
  TieCreateRequest,
  TiePatch,
} from '../../server/contracts/index.js';
import { createActor, createTie, deleteActor, deleteTie, fetchActor, fetchTie, fetchTiesOf, updateActor, updateTie } from '../api.js';
import { createEngagement, deleteEngagement, fetchEngagement, updateEngagement } from '../api/engagements.js';
import { announceEngagementsChanged } from '../engagements/engagement-events.js';
import { mergeCommandFor, type MergeCommandRecord } from '../merge/merge-command.js';
import { coordinationCommandFor, type CoordinationRecord } from './coordination-commands.js';
import type { Command as HistoryCommand } from './history.js';
import { evidenceCommandFor, type EvidenceRecord } from '../evidence/evidence-commands.js';
import { claimsAbout, recreateClaims, restoreEditClaims } from '../evidence/edit-claim-undo.js';
import { outputCommandFor, type OutputCommandRecord } from './output-commands.js';
import { t } from '../i18n/i18n.js';
import { revertCommandFor, type RevertRecord } from '../history/revert-command.js';
import { roundCommandFor, type RoundRecord } from '../rounds/round-commands.js';
import { BULK_CONCURRENCY, eachLimited } from '../ui/each-limited.js';

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
    ...(actor.originalName ? { originalName: actor.originalName } : {}),
    ...(actor.externalIds.length > 0 ? { externalIds: actor.externalIds } : {}),
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

/** The create body that recreates an engagement exactly as it was read (its writer sees every participant). */
export function engagementAsCreate(engagement: LoggedEngagement): EngagementCreate & { id: string } {
  return {
    id: engagement.id,
    date: engagement.date.slice(0, 10),
    sectionId: engagement.sectionId ?? '',
    actorIds: engagement.actorIds,
    format: engagement.format,
    areaId: engagement.areaId ?? '',
    outputIds: engagement.outputIds,
    womensMechanism: engagement.womensMechanism,
    youthMechanism: engagement.youthMechanism,
    summary: engagement.summary ?? '',
    // Editors receive every action's text; the fallback only satisfies the reader-side type.
    followUps: engagement.followUps.map((action) => ({ ...action, text: action.text ?? '' })),
    sensitivity: engagement.sensitivity,
  };
}

/** The patch that puts back the fields `patch` changes, as they are in `before`. */
function inversePatch<P extends object>(before: object, patch: P): P {
  const inverse: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    if (key === 'claim') continue;
    const value = (before as Record<string, unknown>)[key];
    inverse[key] = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : (value ?? null);
  }
  return inverse as P;
}

/**
 * An undo of an actor or tie edit, or the recreation of a deleted one, states nothing
 * (`claim: null`): it takes back a value; the claims are put back as they were separately
 * (client/evidence/edit-claim-undo.ts).
 */
const statingNothing = <P extends object>(body: P): P => ({ ...body, claim: null });

/**
 * What an edit did, as data: enough to redo and undo it. Commands are rebuilt from these records,
 * so the history can be kept in the tab's sessionStorage and survive a reload. An edit's `claims`
 * are those its last run recorded (set by the run itself: a redo records them anew); a delete's
 * are the claims read before it.
 */
export type CommandRecord =
  | { op: 'create-actor'; body: ActorCreateRequest & { id: string } }
  | { op: 'update-actor'; id: string; name: string; patch: ActorPatch; inverse: ActorPatch; claims?: EditClaimChange[] }
  | { op: 'delete-actor'; actor: Actor; ties: Tie[]; claims?: ClaimRecord[] }
  | { op: 'create-tie'; body: TieCreateRequest & { id: string }; label: string }
  | { op: 'update-tie'; id: string; patch: TiePatch; inverse: TiePatch; claims?: EditClaimChange[] }
  | { op: 'delete-tie'; tie: Tie; claims?: ClaimRecord[] }
  | { op: 'create-engagement'; body: EngagementCreate & { id: string } }
  | { op: 'update-engagement'; id: string; patch: EngagementPatch; inverse: EngagementPatch }
  | { op: 'delete-engagement'; engagement: LoggedEngagement }
  | CoordinationRecord
  | OutputCommandRecord
  | MergeCommandRecord
  | EvidenceRecord
  | RevertRecord
  | RoundRecord
  | BulkRecord;

/** Runs an engagement write, then tells the views that count engagements. */
const thenAnnounce = (write: () => Promise<unknown>) => async () => {
  await write();
  announceEngagementsChanged();
};

/** One bulk action on several actors: one undo step. Holds only the changes that went through. */
export interface BulkRecord {
  op: 'bulk';
  label: string;
  records: (Extract<CommandRecord, { op: 'update-actor' }> | Extract<CommandRecord, { op: 'delete-actor' }>)[];
}

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
      await eachLimited(deleted, BULK_CONCURRENCY, async (part) => void (await createActor(statingNothing(actorAsCreate(part.actor)))));
      const ties = new Map(deleted.flatMap((part) => part.ties.map((tie) => [tie.id, tie] as const)));
      await eachLimited([...ties.values()], BULK_CONCURRENCY, async (tie) => void (await createTie(statingNothing(tieAsCreate(tie)))));
      await recreateClaims([...new Map(deleted.flatMap((part) => part.claims ?? []).map((claim) => [claim.id, claim] as const)).values()]);
      const updates = parts.filter((part) => part.record.op === 'update-actor');
      await eachLimited(updates, BULK_CONCURRENCY, (part) => part.revert());
    },
  };
}

/** A command of this session's history, with its record typed. */
export type Command = HistoryCommand<CommandRecord>;

/** The command that replays a record. */
export function commandFor(record: CommandRecord): Command {
  switch (record.op) {
    case 'create-actor':
      return {
        record,
        label: t('edit.label_createActor', { name: record.body.name }),
        run: async () => void (await createActor(record.body)),
        revert: () => deleteActor(record.body.id),
      };
    case 'update-actor':
      return {
        record,
        label: t('edit.label_editActor', { name: record.name }),
        run: async () => {
          record.claims = (await updateActor(record.id, record.patch)).editClaims ?? [];
        },
        revert: async () => {
          await updateActor(record.id, record.inverse);
          await restoreEditClaims(record.claims);
        },
      };
    case 'delete-actor':
      return {
        record,
        label: t('edit.label_deleteActor', { name: record.actor.name }),
        run: () => deleteActor(record.actor.id),
        revert: async () => {
          // Restoring a deleted record is not a new duplicate: no same-name question.
          await createActor({ ...actorAsCreate(record.actor), confirmDuplicate: true, claim: null });
          await Promise.all(record.ties.map((tie) => createTie(statingNothing(tieAsCreate(tie)))));
          await recreateClaims(record.claims);
        },
      };
    case 'create-tie':
      return {
        record,
        label: t('edit.label_createTie', { label: record.label }),
        run: async () => void (await createTie(record.body)),
        revert: () => deleteTie(record.body.id),
      };
    case 'update-tie':
      return {
        record,
        label: t('edit.label_editTie'),
        run: async () => {
          record.claims = (await updateTie(record.id, record.patch)).editClaims ?? [];
        },
        revert: async () => {
          await updateTie(record.id, record.inverse);
          await restoreEditClaims(record.claims);
        },
      };
    case 'delete-tie':
      return {
        record,
        label: t('edit.label_deleteTie'),
        run: () => deleteTie(record.tie.id),
        revert: async () => {
          await createTie(statingNothing(tieAsCreate(record.tie)));
          await recreateClaims(record.claims);
        },
      };
    case 'bulk':
      return bulkCommand(record);
    case 'merge-actors':
      return mergeCommandFor(record);
    case 'set-stance':
    case 'remove-stance':
    case 'update-benchmark':
      return outputCommandFor(record);
    case 'create-engagement':
      return {
        record,
        label: t('edit.label_logEngagement', { date: record.body.date }),
        run: thenAnnounce(() => createEngagement(record.body)),
        revert: thenAnnounce(() => deleteEngagement(record.body.id)),
      };
    case 'update-engagement':
      return {
        record,
        label: t('edit.label_editEngagement'),
        run: thenAnnounce(() => updateEngagement(record.id, record.patch)),
        revert: thenAnnounce(() => updateEngagement(record.id, record.inverse)),
      };
    case 'delete-engagement':
      return {
        record,
        label: t('edit.label_deleteEngagement', { date: record.engagement.date }),
        run: thenAnnounce(() => deleteEngagement(record.engagement.id)),
        revert: thenAnnounce(() => createEngagement(engagementAsCreate(record.engagement))),
      };
    case 'create-claim':
    case 'delete-claim':
      return evidenceCommandFor(record);
    case 'revert-record':
      return revertCommandFor(record) as Command;
    case 'create-round':
    case 'update-round':
    case 'delete-round':
      return roundCommandFor(record) as Command;
    default:
      return coordinationCommandFor(record);
  }
}

export function createActorCommand(body: ActorCreateRequest & { id: string }): Command {
  return commandFor({ op: 'create-actor', body });
}

export async function updateActorCommand(id: string, patch: ActorPatch | ((before: Actor) => ActorPatch)): Promise<Command> {
  const before = await fetchActor(id);
  const asked = typeof patch === 'function' ? patch(before) : patch;
  return commandFor({ op: 'update-actor', id, name: before.name, patch: asked, inverse: statingNothing(inversePatch(before, asked)) });
}

export async function deleteActorCommand(id: string): Promise<Command> {
  const [actor, ties] = await Promise.all([fetchActor(id), fetchTiesOf(id)]);
  const claims = await claimsAbout({ actorId: id, tieIds: ties.map((tie) => tie.id) });
  return commandFor({ op: 'delete-actor', actor, ties, claims });
}

export function createTieCommand(body: TieCreateRequest & { id: string }, label: string): Command {
  return commandFor({ op: 'create-tie', body, label });
}

export async function updateTieCommand(id: string, patch: TiePatch): Promise<Command> {
  const before = await fetchTie(id);
  return commandFor({ op: 'update-tie', id, patch, inverse: statingNothing(inversePatch(before, patch)) });
}

export async function deleteTieCommand(id: string): Promise<Command> {
  const [tie, claims] = await Promise.all([fetchTie(id), claimsAbout({ tieIds: [id] })]);
  return commandFor({ op: 'delete-tie', tie, claims });
}

export function createEngagementCommand(body: EngagementCreate & { id: string }): Command {
  return commandFor({ op: 'create-engagement', body });
}

export async function updateEngagementCommand(id: string, patch: EngagementPatch): Promise<Command> {
  const before = await fetchEngagement(id);
  return commandFor({ op: 'update-engagement', id, patch, inverse: inversePatch(before, patch) });
}

export async function deleteEngagementCommand(id: string): Promise<Command> {
  return commandFor({ op: 'delete-engagement', engagement: await fetchEngagement(id) });
}
