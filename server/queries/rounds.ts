/** Typed handles on `cypher/rounds/` that the round store runs: mapping rounds, names of dates. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { countRow } from './rows.js';

/** `r {.*, createdByName: who.displayName}`: a stored round and who created it (null if gone). */
const RoundMapSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  signedOffBy: z.string().nullish(),
  at: z.number(),
  createdBy: z.string().nullish(),
  createdByName: z.string().nullish(),
  createdAt: z.number(),
});
const RoundRowSchema = z.object({ round: RoundMapSchema });
export type RoundRow = z.infer<typeof RoundRowSchema>;

export const listRounds = query<Record<string, never>, RoundRow>('rounds/list-rounds', RoundRowSchema);
export const getRound = query<{ id: string }, RoundRow>('rounds/get-round', RoundRowSchema);
export const createRound = query<
  { id: string; name: string; description: string; signedOffBy: string | null; at: number; createdBy: string | null; createdAt: number },
  RoundRow
>('rounds/create-round', RoundRowSchema);
export const updateRound = query<{ id: string; properties: Record<string, unknown> }, RoundRow>('rounds/update-round', RoundRowSchema);

const DeletedRowSchema = countRow('deleted');
export const deleteRound = query<{ id: string }, z.infer<typeof DeletedRowSchema>>('rounds/delete-round', DeletedRowSchema);
