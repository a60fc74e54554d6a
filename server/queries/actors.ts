/** Typed handles on `cypher/actors/`. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { MissingRowSchema, type MissingRow, type WithAccess } from './rows.js';

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

/** `RETURN collect(DISTINCT id) AS reserved`: always one row, an empty list when none is reserved. */
const ReservedRowSchema = z.object({ reserved: z.array(z.string()) });
export const findReservedIds = query<{ ids: string[]; userId: string }, z.infer<typeof ReservedRowSchema>>(
  'actors/find-reserved-ids',
  ReservedRowSchema,
);

export const findMissingActors = query<WithAccess & { ids: string[] }, MissingRow>('actors/find-missing-actors', MissingRowSchema);
