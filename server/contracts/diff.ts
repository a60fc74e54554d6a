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

// ---------- the coordination and engagement sections (server/history/diff-coordination.ts) ----------

const RoleChangeSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  outputId: z.string(),
  outputTitle: z.string(),
  role: z.enum(['lead', 'support']),
  areaIds: z.array(z.string()).describe('The admin areas the role names (none: no area given)'),
  areaNames: z.array(z.string()).describe('Their names, in the same order'),
});
const EngagementChangeSchema = z.object({
  id: z.string(),
  date: z.string(),
  areaId: z.string().nullable(),
  areaName: z.string().nullable().describe('The admin area\u2019s name at that end (null: no area given)'),
});
const AreaRefSchema = z.object({ id: z.string(), name: z.string() }).nullable();
/** A field of an engagement that differs between the two ends: where it was held, or when. */
const EngagementFieldChangeSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('area'), before: AreaRefSchema, after: AreaRefSchema }),
  z.object({ field: z.literal('date'), before: z.string(), after: z.string() }),
]);
export type EngagementFieldChange = z.infer<typeof EngagementFieldChangeSchema>;
const GapChangeSchema = z.object({
  outputId: z.string(),
  outputTitle: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  explanation: z.string().describe('The cell as the coordination analysis explains it at the end where it is a gap'),
});
const Ends = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });
const AreaShareSchema = z.object({ engagements: z.number().int(), share: z.number() });
const SideShareSchema = z.object({ participations: z.number().int(), share: z.number() });

/** Roles, engagements, coordination gaps and engagement shares compared between the two ends, with need to know at both. */
export const CoordinationDiffSchema = z.object({
  roles: z
    .object({ added: z.array(RoleChangeSchema), removed: z.array(RoleChangeSchema) })
    .describe('Lead and support roles added and removed between the two dates'),
  engagements: z
    .object({
      added: z.array(EngagementChangeSchema),
      removed: z.array(EngagementChangeSchema),
      changed: z.array(EngagementChangeSchema.extend({ fields: z.array(EngagementFieldChangeSchema) })),
    })
    .describe(
      'Engagements recorded, deleted or moved (another admin area or date) between the two dates (by when the record was written, not the meeting date)',
    ),
  gaps: z
    .object({ opened: z.array(GapChangeSchema), closed: z.array(GapChangeSchema) })
    .describe('Coordination gaps (an output with roles in the country but no lead in an admin area), every area counted, at each date'),
  engagementShare: z
    .object({
      engagements: Ends(z.number().int()),
      capitalShare: Ends(z.number().nullable()),
      byArea: z.array(z.object({ areaId: z.string(), name: z.string(), isCapital: z.boolean() }).extend(Ends(AreaShareSchema).shape)),
      bySide: z.object({
        parties: z.array(z.object({ partyId: z.string(), partyName: z.string() }).extend(Ends(SideShareSchema).shape)),
        nonAligned: Ends(z.number().int()),
        balanceIndex: Ends(z.number().nullable()),
      }),
    })
    .describe(
      'Every engagement on record at each date, by admin area (with the capital\u2019s share) and by side (participants\u2019 lean toward each party), as the engagement analysis counts them',
    ),
});
export type CoordinationDiff = z.infer<typeof CoordinationDiffSchema>;

export const DiffSchema = z
  .object({
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
  })
  .extend(CoordinationDiffSchema.partial().shape);
export type Diff = z.infer<typeof DiffSchema>;
