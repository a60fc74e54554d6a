/**
 * The state of a map view (filters, focus, path, layout, selection, zoom) and the named saved
 * views stored in the database. One shape serves the shareable URL, the saved view and the
 * client's own state, so a link and a saved view reopen exactly the same picture.
 *
 * A saved view belongs to the user who saved it and is private unless its owner shares it: its
 * name is free text ("Visit to <defender>") that can name an actor a colleague may not see, so
 * nobody else sees a private view, not even its name; a shared view's name is the owner's choice.
 */
import { z } from 'zod';
import { EVIDENCE_GRADES } from './evidence.js';
import { ACTOR_KINDS, CONFIDENCE_LEVELS, DO_NO_HARM_ROLES, TIE_TYPES } from './vocabulary.js';
import { IdSchema, IsoDateSchema, text } from './common.js';

export const MAP_LAYOUTS = ['fcose', 'concentric', 'by_kind', 'by_area'] as const;
export type MapLayout = (typeof MAP_LAYOUTS)[number];

/** The four ways to look at the same selection: the map, the power/interest grid and two tables. */
export const VIEW_MODES = ['map', 'grid', 'geo', 'actors', 'ties'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Stance filter values: the -2..+2 scores as text, and `none` for "not assessed". */
export const STANCE_FILTER_VALUES = ['-2', '-1', '0', '1', '2', 'none'] as const;

/** Which actors and ties are drawn; an empty list means "no filter on this field". */
export const MapFiltersSchema = z.object({
  kinds: z.array(z.enum(ACTOR_KINDS)).default([]),
  subtypes: z.array(z.string().max(60)).max(100).default([]),
  areas: z.array(IdSchema).max(200).default([]),
  output: IdSchema.nullable().default(null),
  stances: z.array(z.enum(STANCE_FILTER_VALUES)).default([]),
  doNoHarm: z.array(z.enum(DO_NO_HARM_ROLES)).default([]),
  tieTypes: z.array(z.enum(TIE_TYPES)).default([]),
  confidence: z.array(z.enum(CONFIDENCE_LEVELS)).default([]),
  at: IsoDateSchema.nullable().default(null).describe('Only ties valid on this date'),
  grades: z.array(z.enum(EVIDENCE_GRADES)).default([]).describe('Only ties of these evidence grades'),
});
export type MapFilters = z.infer<typeof MapFiltersSchema>;

export const ViewStateSchema = z.object({
  filters: MapFiltersSchema.default(MapFiltersSchema.parse({})),
  focus: z
    .object({ actorId: IdSchema, depth: z.number().int().min(1).max(3) })
    .nullable()
    .default(null),
  path: z.object({ from: IdSchema, to: IdSchema }).nullable().default(null),
  layout: z.enum(MAP_LAYOUTS).default('fcose'),
  mode: z.enum(VIEW_MODES).default('map'),
  selection: z
    .object({ type: z.enum(['actor', 'tie']), id: IdSchema })
    .nullable()
    .default(null),
  viewport: z.object({ zoom: z.number().positive(), x: z.number(), y: z.number() }).nullable().default(null),
});
export type ViewState = z.infer<typeof ViewStateSchema>;

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

const viewFields = {
  name: text(120),
  state: ViewStateSchema,
  positions: z.record(IdSchema, PositionSchema).default({}).describe('Node positions by actor id, as drawn when saved'),
  pinned: z.array(IdSchema).max(10_000).default([]).describe('Actors whose position no layout may move'),
  shared: z
    .boolean()
    .default(false)
    .describe(
      'Private (false, the default): only its owner sees it, name included. Shared: every signed-in user sees it, without the actors they may not see',
    ),
};

/** Body of POST /api/views. */
export const SavedViewCreateSchema = z.strictObject({ id: IdSchema.optional(), ...viewFields });
export type SavedViewCreate = z.infer<typeof SavedViewCreateSchema>;

/** Body of PATCH /api/views/:id: any of the fields. */
export const SavedViewPatchSchema = z
  .strictObject({
    name: viewFields.name.optional(),
    state: ViewStateSchema.optional(),
    positions: z.record(IdSchema, PositionSchema).optional(),
    pinned: z.array(IdSchema).max(10_000).optional(),
    shared: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type SavedViewPatch = z.infer<typeof SavedViewPatchSchema>;

export const SavedViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  state: ViewStateSchema,
  positions: z.record(z.string(), PositionSchema),
  pinned: z.array(z.string()),
  shared: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewSummarySchema = SavedViewSchema.pick({ id: true, name: true, shared: true, createdAt: true, updatedAt: true });
export type SavedViewSummary = z.infer<typeof SavedViewSummarySchema>;
