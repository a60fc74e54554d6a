/** What changed between two rounds or dates (issue 14): GET /api/diff. */
import { z } from 'zod';
import { AsOfSchema } from './round.js';

export const DiffQuerySchema = z.strictObject({
  from: AsOfSchema.unwrap().describe('A round id or an ISO date-time: the earlier end'),
  to: AsOfSchema.unwrap().describe('A round id or an ISO date-time: the later end'),
});
export type DiffQuery = z.infer<typeof DiffQuerySchema>;

const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const ActorRefSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const TieRefSchema = z.object({ id: z.string(), type: z.string(), sourceId: z.string(), targetId: z.string() });

export const DiffSchema = z.object({
  from: z.string(),
  to: z.string(),
  actors: z.object({
    added: z.array(ActorRefSchema),
    removed: z.array(ActorRefSchema),
    changed: z.array(ActorRefSchema.extend({ fields: z.array(FieldChangeSchema) })),
  }),
  ties: z.object({
    added: z.array(TieRefSchema),
    removed: z.array(TieRefSchema),
    changed: z.array(TieRefSchema.extend({ fields: z.array(FieldChangeSchema) })),
  }),
  /** The changes that matter, named as such. */
  named: z.object({
    newConflictPartyTies: z.array(
      TieRefSchema.extend({ actorId: z.string(), actorName: z.string(), partyId: z.string(), partyName: z.string() }),
    ),
    stanceShifts: z.array(z.object({ id: z.string(), name: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
    doNoHarmShifts: z.array(z.object({ id: z.string(), name: z.string(), before: z.string(), after: z.string() })),
    influenceMoves: z.array(z.object({ id: z.string(), name: z.string(), rankBefore: z.number().int(), rankAfter: z.number().int() })),
  }),
});
export type Diff = z.infer<typeof DiffSchema>;
