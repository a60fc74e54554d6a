/** Admin areas (regions, provinces, districts) where actors are based or active. */
import { z } from 'zod';
import { IdSchema, text } from './common.js';

/** Levels an area may be given through the API: 0 country, 1 region, 2 district, 3 sub-district. */
export const AREA_LEVEL_MAX = 3;

/** A language code (BCP 47, e.g. `fr`, `ar`, `pt-BR`) under which an area's other names are kept. */
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "fr", "ar" or "pt-BR"');

/** The area's names by language; `name` stays the one shown. At most 20 languages. */
export const AreaNamesSchema = z
  .record(LanguageCodeSchema, text(200))
  .refine((names) => Object.keys(names).length <= 20, 'at most 20 languages');

/** An OCHA place code as written (e.g. `SS01`, `SS0101`): letters, digits and dashes. */
export const PcodeSchema = z
  .string()
  .max(40, 'must be at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be letters and digits, e.g. SS0101');

export const AdminAreaSchema = z.object({
  id: IdSchema,
  name: text(200),
  pcode: z.string().max(40).nullable().default(null).describe('OCHA place code, when known; unique'),
  // Reads accept 4: imported files may carry a fifth level; writes through the API stop at 3.
  level: z.number().int().min(0).max(4).default(1),
  parentId: IdSchema.nullable().default(null),
  isCapital: z.boolean().default(false),
  // Optional in the type so datasets and import readers need not state it; the API always sends it.
  names: AreaNamesSchema.optional().describe('Names by language code (en, fr, ar...); `name` is the one shown'),
});
export type AdminArea = z.infer<typeof AdminAreaSchema>;

const areaFields = {
  name: text(200),
  pcode: PcodeSchema.nullable().describe('OCHA place code; unique across areas'),
  level: z.number().int().min(0).max(AREA_LEVEL_MAX).describe('0 country, 1 region, 2 district, 3 sub-district; one below its parent'),
  parentId: IdSchema.nullable().describe('The area this one lies in (its level is one above)'),
  isCapital: z.boolean(),
  names: AreaNamesSchema,
};

export const AdminAreaCreateSchema = z.strictObject({
  id: IdSchema.optional().describe('Leave out and the server chooses one'),
  name: areaFields.name,
  pcode: areaFields.pcode.optional(),
  level: areaFields.level,
  parentId: areaFields.parentId.optional(),
  isCapital: areaFields.isCapital.optional(),
  names: areaFields.names.optional(),
});
export type AdminAreaCreate = z.infer<typeof AdminAreaCreateSchema>;

/** A change to some fields; null clears the p-code, the parent or the other names. */
export const AdminAreaPatchSchema = z
  .strictObject({
    name: areaFields.name.optional(),
    pcode: areaFields.pcode.optional(),
    level: areaFields.level.optional(),
    parentId: areaFields.parentId.optional(),
    isCapital: areaFields.isCapital.optional(),
    names: areaFields.names.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type AdminAreaPatch = z.infer<typeof AdminAreaPatchSchema>;

/** Kinds of record that can point to an area, as counted when a delete is refused. */
export const AREA_REFERENCE_KINDS = ['actors', 'engagements', 'roles', 'mechanisms', 'childAreas', 'grants'] as const;
export type AreaReferenceKind = (typeof AREA_REFERENCE_KINDS)[number];
