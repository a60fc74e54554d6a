/** Typed handles on `cypher/ties/`: the queries behind /api/ties. */
import { z } from 'zod';
import type { FieldAccess } from '../presenters/field-access.js';
import { query } from '../db/typed-query.js';
import { PageRowSchema, RecordMapSchema, countRow, type WithAccess } from './rows.js';

/** Every tie type's relationship type: tie ids are unique across types. */
interface AnyTieType {
  relationshipTypes: readonly string[];
}

/** A tie matched by id, type and ends, as the viewer may see it. */
interface TieMatch extends WithAccess {
  id: string;
  sourceId: string;
  targetId: string;
  relationshipType: string;
}

export const listTies = query<
  AnyTieType & WithAccess & { fields: FieldAccess; actorId: string | null; limit: number; offset: number },
  z.infer<typeof PageRowSchema>
>('ties/list-ties', PageRowSchema);

const GetTieRowSchema = z.object({ tie: RecordMapSchema });
export const getTie = query<AnyTieType & WithAccess & { id: string; fields: FieldAccess }, z.infer<typeof GetTieRowSchema>>(
  'ties/get-tie',
  GetTieRowSchema,
);

const FindTieIdRowSchema = z.object({ writeToken: z.string().nullable() });
export const findTieId = query<AnyTieType & { id: string }, z.infer<typeof FindTieIdRowSchema>>('ties/find-tie-id', FindTieIdRowSchema);

const CreateTieRowSchema = z.object({ id: z.string(), ours: z.boolean() });
export const createTie = query<
  { properties: Record<string, unknown>; relationshipType: string; sourceId: string; targetId: string; writeToken: string },
  z.infer<typeof CreateTieRowSchema>
>('ties/create-tie', CreateTieRowSchema);

const RetypeTieRowSchema = z.object({ id: z.string() });
export const retypeTie = query<
  Omit<TieMatch, 'relationshipType'> & { oldRelationshipType: string; relationshipType: string },
  z.infer<typeof RetypeTieRowSchema>
>('ties/retype-tie', RetypeTieRowSchema);

const UpdatedRowSchema = countRow('updated');
export const updateTie = query<TieMatch & { properties: Record<string, unknown> }, z.infer<typeof UpdatedRowSchema>>(
  'ties/update-tie',
  UpdatedRowSchema,
);

const DeletedRowSchema = countRow('deleted');
export const deleteTie = query<TieMatch, z.infer<typeof DeletedRowSchema>>('ties/delete-tie', DeletedRowSchema);
