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

const RoundsCountRowSchema = countRow('rounds');
export const countRounds = query<Record<string, never>, z.infer<typeof RoundsCountRowSchema>>('rounds/count-rounds', RoundsCountRowSchema);

// ---------- the demo's two rounds (server/rounds/demo-rounds.ts) ----------

/** The demo records whose earlier state the first round shows; each null when the demo has none. */
const DemoRoundTargetsRowSchema = z.object({
  tieId: z.string().nullable(),
  womenId: z.string().nullable(),
  governmentId: z.string().nullable(),
});
export type DemoRoundTargets = z.infer<typeof DemoRoundTargetsRowSchema>;
export const demoRoundTargets = query<Record<string, never>, DemoRoundTargets>('rounds/demo-round-targets', DemoRoundTargetsRowSchema);
export const dateDemoHistory = query<
  DemoRoundTargets & { pastStance: number; pastRole: string; changedAt: number; openEnd: number },
  DemoRoundTargets
>('rounds/date-demo-history', DemoRoundTargetsRowSchema);

/** No row when the demo has no capital; else the first lead role alone in its areas (or null) and the engagements to move. */
const DemoCoordinationTargetsRowSchema = z.object({
  capitalId: z.string(),
  leadRoleId: z.string().nullable(),
  engagementIds: z.array(z.string()),
});
export const demoCoordinationTargets = query<{ moved: number }, z.infer<typeof DemoCoordinationTargetsRowSchema>>(
  'rounds/demo-coordination-targets',
  DemoCoordinationTargetsRowSchema,
);
const DatedCoordinationRowSchema = z.object({ leadRoleId: z.string().nullable(), engagementIds: z.array(z.string()) });
export const dateDemoCoordinationHistory = query<
  { leadRoleId: string | null; engagementIds: string[]; capitalId: string | null; changedAt: number; openEnd: number },
  z.infer<typeof DatedCoordinationRowSchema>
>('rounds/date-demo-coordination-history', DatedCoordinationRowSchema);
