/** Typed handles on `cypher/mechanisms/`: the queries behind /api/mechanisms. */
import { z } from 'zod';
import { MechanismRecordSchema } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { countRow, type WithAccess, IdRowSchema } from './rows.js';

const MechanismRowSchema = z.object({ mechanism: MechanismRecordSchema });
const MechanismPageRowSchema = z.object({ items: z.array(MechanismRecordSchema), total: z.number().int() });
const WriteTokenRowSchema = z.object({ writeToken: z.string().nullable() });
const HiddenMembersRowSchema = z.object({ hiddenMembers: z.number().int(), hiddenChair: z.boolean() });
const UpdatedRowSchema = countRow('updated');
const DeletedRowSchema = countRow('deleted');

/** The links a mechanism's create or update states (checked visible before the write). */
interface MechanismLinks {
  memberIds: string[] | null;
  areaIds: string[] | null;
  outputIds: string[] | null;
  chairId: string | null;
}

export const listMechanisms = query<
  WithAccess & { outputId: string | null; actorId: string | null; areaId: string | null; limit: number; offset: number },
  z.infer<typeof MechanismPageRowSchema>
>('mechanisms/list-mechanisms', MechanismPageRowSchema);

export const getMechanism = query<WithAccess & { id: string }, z.infer<typeof MechanismRowSchema>>(
  'mechanisms/get-mechanism',
  MechanismRowSchema,
);

export const findMechanismId = query<{ id: string }, z.infer<typeof WriteTokenRowSchema>>(
  'mechanisms/find-mechanism-id',
  WriteTokenRowSchema,
);

export const hiddenMembers = query<WithAccess & { id: string }, z.infer<typeof HiddenMembersRowSchema>>(
  'mechanisms/hidden-members',
  HiddenMembersRowSchema,
);

export const createMechanism = query<
  MechanismLinks & { id: string; writeToken: string; name: string; kind: string },
  z.infer<typeof IdRowSchema>
>('mechanisms/create-mechanism', IdRowSchema);

export const updateMechanism = query<
  WithAccess & MechanismLinks & { id: string; properties: Record<string, unknown>; setChair: boolean },
  z.infer<typeof UpdatedRowSchema>
>('mechanisms/update-mechanism', UpdatedRowSchema);

export const deleteMechanism = query<WithAccess & { id: string }, z.infer<typeof DeletedRowSchema>>(
  'mechanisms/delete-mechanism',
  DeletedRowSchema,
);
