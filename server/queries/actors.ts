/** Typed handles on `cypher/actors/`: the actor store's reads and writes, retention, id checks. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import type { FieldAccess } from '../presenters/field-access.js';
import {
  MissingRowSchema,
  PageRowSchema,
  RecordMapSchema,
  countRow,
  type MissingRow,
  type PageRow,
  type WithAccess,
  IdRowSchema,
} from './rows.js';

// ---------- the actor store (/api/actors) ----------

export const listActors = query<
  WithAccess & {
    fields: FieldAccess;
    kinds: readonly string[] | null;
    subtypes: readonly string[] | null;
    areas: readonly string[] | null;
    text: string | null;
    limit: number;
    offset: number;
  },
  PageRow
>('actors/list-actors', PageRowSchema);

/** `a {.*, ...}`: the stored actor with the fields the role receives, read by the actor presenter. */
const GetActorRowSchema = z.object({ actor: RecordMapSchema });
export const getActor = query<WithAccess & { id: string; fields: FieldAccess }, z.infer<typeof GetActorRowSchema>>(
  'actors/get-actor',
  GetActorRowSchema,
);

/**
 * `ours` compares write tokens, so it is null when the actor already under that id has none
 * (seeded or imported); `created` is false then (`fresh AND null` is false when not fresh).
 */
const CreateActorRowSchema = z.object({ id: z.string(), ours: z.boolean().nullable(), created: z.boolean() });
export const createActor = query<
  { properties: Record<string, unknown>; kindLabel: string; basedIn: string[]; activeIn: string[]; writeToken: string },
  z.infer<typeof CreateActorRowSchema>
>('actors/create-actor', CreateActorRowSchema);

export const updateActor = query<
  {
    id: string;
    properties: Record<string, unknown>;
    kindLabel: string | null;
    allKindLabels: readonly string[];
    basedIn: string[] | null;
    activeIn: string[] | null;
  },
  z.infer<typeof IdRowSchema>
>('actors/update-actor', IdRowSchema);

const DeletedRowSchema = countRow('deleted');
export const deleteActor = query<WithAccess & { id: string; userId: string }, z.infer<typeof DeletedRowSchema>>(
  'actors/delete-actor',
  DeletedRowSchema,
);

const HiddenTiesRowSchema = countRow('hidden');
export const findHiddenTies = query<WithAccess & { id: string; relationshipTypes: readonly string[] }, z.infer<typeof HiddenTiesRowSchema>>(
  'actors/find-hidden-ties',
  HiddenTiesRowSchema,
);

/** No row when the actor is absent. */
const HiddenRecordsRowSchema = z.object({ hiddenEngagements: z.number().int(), hiddenMechanisms: z.number().int() });
export const findHiddenRecords = query<WithAccess & { id: string }, z.infer<typeof HiddenRecordsRowSchema>>(
  'actors/find-hidden-records',
  HiddenRecordsRowSchema,
);

/** `RETURN collect(DISTINCT id) AS reserved`: always one row, an empty list when none is reserved. */
const ReservedRowSchema = z.object({ reserved: z.array(z.string()) });
export const findReservedIds = query<{ ids: string[]; userId: string }, z.infer<typeof ReservedRowSchema>>(
  'actors/find-reserved-ids',
  ReservedRowSchema,
);

// ---------- retention and identity checks ----------

/** `a {.id, .name, .kind, .subtype, .reviewBy, .sensitivity}`: the retention listing's fields as stored. */
const OverdueActorRowSchema = z.object({
  actor: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    subtype: z.string().nullable(),
    reviewBy: z.string(),
    sensitivity: z.string().nullable(),
  }),
});
export const listOverdueActors = query<WithAccess & { today: string }, z.infer<typeof OverdueActorRowSchema>>(
  'actors/list-overdue-actors',
  OverdueActorRowSchema,
);

/** `RETURN sum(...) AS conflicts`: a sum over no events is 0, never null. */
const IdConflictsRowSchema = z.object({ conflicts: z.number().int() });
export const countIdConflicts = query<{ userId: string; windowSeconds: number }, z.infer<typeof IdConflictsRowSchema>>(
  'actors/count-id-conflicts',
  IdConflictsRowSchema,
);

export const findMissingActors = query<WithAccess & { ids: string[] }, MissingRow>('actors/find-missing-actors', MissingRowSchema);
