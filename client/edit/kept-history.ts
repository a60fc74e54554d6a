/**
 * The undo history kept for the tab's session: sessionStorage holds the commands as records
 * (what each edit changed, record contents included), so a reload keeps Undo and Redo. It goes
 * when the tab closes or the user signs out, never to localStorage: the records may be sensitive.
 * What is read back is checked with the API's own schemas; anything else is dropped.
 */
import { z } from 'zod';
import {
  ActorCreateSchema,
  ActorPatchSchema,
  ActorSchema,
  ClaimRecordSchema,
  EditClaimChangeSchema,
  EngagementCreateSchema,
  EngagementPatchSchema,
  IdSchema,
  LoggedEngagementSchema,
  MechanismCreateSchema,
  MechanismPatchSchema,
  OutputRoleCreateSchema,
  OutputRoleRecordSchema,
  TieCreateSchema,
  TiePatchSchema,
  TieSchema,
} from '../../server/contracts/index.js';
import { commandFor, type CommandRecord } from './commands.js';
import type { Command } from './history.js';
import { MERGE_COMMAND_RECORD_SCHEMA } from '../merge/merge-command.js';
import { OUTPUT_COMMAND_RECORD_SCHEMAS } from './output-commands.js';
import { REVERT_RECORD_SCHEMA } from '../history/revert-command.js';
import { ROUND_RECORD_SCHEMAS } from '../rounds/round-commands.js';

const STORAGE_KEY = 'actor-map:undo-history:v1';
/** Enough for a working day; older edits fall off the bottom. */
const MAX_KEPT = 100;

const withId = { id: IdSchema };
const UpdateActorSchema = z.object({
  op: z.literal('update-actor'),
  id: IdSchema,
  name: z.string(),
  patch: ActorPatchSchema,
  inverse: ActorPatchSchema,
  claims: z.array(EditClaimChangeSchema).optional(),
});
const DeleteActorSchema = z.object({
  op: z.literal('delete-actor'),
  actor: ActorSchema,
  ties: z.array(TieSchema),
  claims: z.array(ClaimRecordSchema).optional(),
});
const RecordSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create-actor'), body: ActorCreateSchema.and(z.object(withId)) }),
  UpdateActorSchema,
  DeleteActorSchema,
  z.object({
    op: z.literal('bulk'),
    label: z.string(),
    records: z.array(z.discriminatedUnion('op', [UpdateActorSchema, DeleteActorSchema])),
  }),
  z.object({ op: z.literal('create-tie'), body: TieCreateSchema.and(z.object(withId)), label: z.string() }),
  z.object({
    op: z.literal('update-tie'),
    id: IdSchema,
    patch: TiePatchSchema,
    inverse: TiePatchSchema,
    claims: z.array(EditClaimChangeSchema).optional(),
  }),
  z.object({ op: z.literal('delete-tie'), tie: TieSchema, claims: z.array(ClaimRecordSchema).optional() }),
  z.object({ op: z.literal('create-engagement'), body: EngagementCreateSchema.and(z.object(withId)) }),
  z.object({ op: z.literal('update-engagement'), id: IdSchema, patch: EngagementPatchSchema, inverse: EngagementPatchSchema }),
  z.object({ op: z.literal('delete-engagement'), engagement: LoggedEngagementSchema }),
  z.object({ op: z.literal('create-output-role'), body: OutputRoleCreateSchema.and(z.object(withId)), label: z.string() }),
  z.object({ op: z.literal('delete-output-role'), role: OutputRoleRecordSchema, label: z.string() }),
  z.object({ op: z.literal('create-mechanism'), body: MechanismCreateSchema.and(z.object(withId)) }),
  z.object({
    op: z.literal('update-mechanism'),
    id: IdSchema,
    name: z.string(),
    patch: MechanismPatchSchema,
    inverse: MechanismPatchSchema,
  }),
  ...OUTPUT_COMMAND_RECORD_SCHEMAS,
  MERGE_COMMAND_RECORD_SCHEMA,
  REVERT_RECORD_SCHEMA,
  ...ROUND_RECORD_SCHEMAS,
]);
const KeptSchema = z.object({ done: z.array(RecordSchema), undone: z.array(RecordSchema) });

/** The history kept by this tab, as commands; empty when there is none or it cannot be read. */
export function readKeptHistory(): { done: Command[]; undone: Command[] } {
  try {
    const parsed = KeptSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (!parsed.success) return { done: [], undone: [] };
    const rebuild = (records: readonly unknown[]) => records.map((record) => commandFor(record as CommandRecord));
    return { done: rebuild(parsed.data.done), undone: rebuild(parsed.data.undone) };
  } catch {
    return { done: [], undone: [] };
  }
}

/** Keep the stacks (the newest commands, at most MAX_KEPT each). */
export function keepHistory(stacks: { done: readonly Command[]; undone: readonly Command[] }): void {
  const records = (commands: readonly Command[]) => commands.slice(-MAX_KEPT).map((command) => command.record);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ done: records(stacks.done), undone: records(stacks.undone) }));
  } catch {
    // Storage full or refused (private mode): the history still works until the reload.
  }
}

/** Forget the kept history (sign-out). */
export function forgetKeptHistory(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept.
  }
}
