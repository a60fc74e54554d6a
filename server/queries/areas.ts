/** Typed handles on `cypher/areas/` reads that need no viewer (areas are reference data). */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { IdRowSchema, MissingRowSchema, RecordMapSchema, countRow, type MissingRow, type WithAccess } from './rows.js';

const AreaRowSchema = z.object({ area: RecordMapSchema.and(z.object({ id: z.string(), name: z.string() })) });

export const listAreas = query<Record<string, never>, z.infer<typeof AreaRowSchema>>('areas/list-areas', AreaRowSchema);

/** Admin areas are reference data: the ids take no viewer. */
export const findMissingAreas = query<{ ids: string[] }, MissingRow>('areas/find-missing-areas', MissingRowSchema);

// ---------- the area store's reads and writes ----------

/** An area with its names per language, as presentArea reads it. */
const GetAreaRowSchema = z.object({ area: RecordMapSchema.and(z.object({ id: z.string() })) });
export const getArea = query<{ id: string }, z.infer<typeof GetAreaRowSchema>>('areas/get-area', GetAreaRowSchema);

/** Every area's place in the tree; an imported area may lack a name, a level or a p-code. */
const AreaTreeRowSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  level: z.number().nullable(),
  parentId: z.string().nullable(),
  pcode: z.string().nullable(),
});
export const areaTree = query<Record<string, never>, z.infer<typeof AreaTreeRowSchema>>('areas/area-tree', AreaTreeRowSchema);

const LockRowSchema = z.object({ id: z.string() });
export const lockAreaDirectory = query<Record<string, never>, z.infer<typeof LockRowSchema>>('areas/lock-area-directory', LockRowSchema);

/** `ours` compares write tokens: null when the area under that id has none (seeded or imported). */
const CreateAreaRowSchema = z.object({ id: z.string(), ours: z.boolean().nullable() });
export const createArea = query<{ properties: Record<string, unknown>; writeToken: string }, z.infer<typeof CreateAreaRowSchema>>(
  'areas/create-area',
  CreateAreaRowSchema,
);

export const updateArea = query<{ id: string; properties: Record<string, unknown> }, z.infer<typeof IdRowSchema>>(
  'areas/update-area',
  IdRowSchema,
);

const DeletedRowSchema = countRow('deleted');
export const deleteArea = query<{ id: string }, z.infer<typeof DeletedRowSchema>>('areas/delete-area', DeletedRowSchema);

const GrantsRowSchema = countRow('grants');
export const countAreaGrants = query<{ id: string }, z.infer<typeof GrantsRowSchema>>('areas/count-area-grants', GrantsRowSchema);

const ReferencesRowSchema = z.object({
  actors: z.number().int(),
  engagements: z.number().int(),
  roles: z.number().int(),
  mechanisms: z.number().int(),
  childAreas: z.number().int(),
  unseen: z.number().int(),
});
export const countAreaReferences = query<WithAccess & { id: string }, z.infer<typeof ReferencesRowSchema>>(
  'areas/count-area-references',
  ReferencesRowSchema,
);
