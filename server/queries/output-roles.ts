/** Typed handles on `cypher/output-roles/`: the queries behind /api/output-roles. */
import { z } from 'zod';
import { OutputRoleRecordSchema } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { countRow, type WithAccess, IdRowSchema } from './rows.js';

const RoleRowSchema = z.object({ role: OutputRoleRecordSchema });
const RolePageRowSchema = z.object({ items: z.array(OutputRoleRecordSchema), total: z.number().int() });
const WriteTokenRowSchema = z.object({ writeToken: z.string().nullable() });
const UpdatedRowSchema = countRow('updated');
const DeletedRowSchema = countRow('deleted');

/** A role matched by id, type, actor and output, as the viewer may see it. */
interface RoleMatch extends WithAccess {
  id: string;
  actorId: string;
  outputId: string;
  relationshipType: string;
}

export const listOutputRoles = query<
  WithAccess & { outputId: string | null; actorId: string | null; areaId: string | null; limit: number; offset: number },
  z.infer<typeof RolePageRowSchema>
>('output-roles/list-output-roles', RolePageRowSchema);

export const getOutputRole = query<WithAccess & { id: string }, z.infer<typeof RoleRowSchema>>(
  'output-roles/get-output-role',
  RoleRowSchema,
);

export const findOutputRoleId = query<{ id: string }, z.infer<typeof WriteTokenRowSchema>>(
  'output-roles/find-output-role-id',
  WriteTokenRowSchema,
);

export const createOutputRole = query<
  WithAccess & { actorId: string; outputId: string; relationshipType: string; properties: Record<string, unknown>; writeToken: string },
  z.infer<typeof IdRowSchema>
>('output-roles/create-output-role', IdRowSchema);

export const retypeOutputRole = query<
  Omit<RoleMatch, 'relationshipType'> & { oldRelationshipType: string; relationshipType: string },
  z.infer<typeof IdRowSchema>
>('output-roles/retype-output-role', IdRowSchema);

export const updateOutputRole = query<RoleMatch & { properties: Record<string, unknown> }, z.infer<typeof UpdatedRowSchema>>(
  'output-roles/update-output-role',
  UpdatedRowSchema,
);

export const deleteOutputRole = query<RoleMatch, z.infer<typeof DeletedRowSchema>>('output-roles/delete-output-role', DeletedRowSchema);

/** `RETURN count(r) AS given`: the roles written before roles had ids, given one at start-up. */
const GivenRowSchema = countRow('given');
export const giveMissingRoleIds = query<Record<string, never>, z.infer<typeof GivenRowSchema>>(
  'output-roles/give-missing-ids',
  GivenRowSchema,
);
