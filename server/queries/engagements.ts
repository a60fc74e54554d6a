/** Typed handles on `cypher/engagements/`: the queries behind /api/engagements. */
import { z } from 'zod';
import type { FieldAccess } from '../presenters/field-access.js';
import { query } from '../db/typed-query.js';
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

/** What an engagement links: null leaves a link as it is on update. */
interface EngagementLinks {
  sectionId: string | null | undefined;
  areaId: string | null | undefined;
  actorIds: readonly string[] | null | undefined;
  outputIds: readonly string[] | null | undefined;
}

export const listEngagements = query<
  WithAccess & {
    fields: FieldAccess;
    actors: readonly string[] | null;
    areas: readonly string[] | null;
    sections: readonly string[] | null;
    outputs: readonly string[] | null;
    from: string | null;
    to: string | null;
    limit: number;
    offset: number;
  },
  PageRow
>('engagements/list-engagements', PageRowSchema);

const EngagementRowSchema = z.object({ engagement: RecordMapSchema });
export const getEngagement = query<WithAccess & { id: string; fields: FieldAccess }, z.infer<typeof EngagementRowSchema>>(
  'engagements/get-engagement',
  EngagementRowSchema,
);

/** `ours` and `created` compare write tokens: null when the engagement under that id has none (seeded or imported). */
const CreateEngagementRowSchema = z.object({ id: z.string(), ours: z.boolean().nullable(), created: z.boolean().nullable() });
export const createEngagement = query<
  EngagementLinks & { properties: Record<string, unknown>; writeToken: string },
  z.infer<typeof CreateEngagementRowSchema>
>('engagements/create-engagement', CreateEngagementRowSchema);

export const updateEngagement = query<
  WithAccess & EngagementLinks & { id: string; properties: Record<string, unknown> },
  z.infer<typeof IdRowSchema>
>('engagements/update-engagement', IdRowSchema);

const DeletedRowSchema = countRow('deleted');
export const deleteEngagement = query<WithAccess & { id: string }, z.infer<typeof DeletedRowSchema>>(
  'engagements/delete-engagement',
  DeletedRowSchema,
);

const HiddenLinksRowSchema = z.object({ hiddenParticipants: z.number().int(), hiddenSections: z.number().int() });
export const findHiddenLinks = query<WithAccess & { id: string }, z.infer<typeof HiddenLinksRowSchema>>(
  'engagements/find-hidden-links',
  HiddenLinksRowSchema,
);

export const findMissingSections = query<WithAccess & { ids: string[] }, MissingRow>('engagements/find-missing-sections', MissingRowSchema);
