/**
 * THE one place exports get their records from: `loadExportGraph(db, filters)` returns the
 * actors (filtered as the map is), the ties among them, and the reference data they point to.
 * Every export format is written from its result, and it reads only what the viewer may see
 * (their clearance and grants, applied in the Cypher), so no export holds anything hidden from them.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  AdminAreaSchema,
  CONFIDENCE_LEVELS,
  DO_NO_HARM_ROLES,
  EVIDENCE_GRADES,
  DatasetOutputSchema,
  DatasetRoundSchema,
  EngagementSchema,
  MechanismSchema,
  OutputRoleSchema,
  OutputStanceSchema,
  SENSITIVITY_LEVELS,
  TIE_TYPES,
  type GraphQuery,
} from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { AS_OF_EXPORT, PRESENT_EXPORT, exportOutputStances, exportOutputs, exportRounds, type RecordRow } from '../queries/export.js';
import { readEvidenceLevelsAsOf, type EvidenceLevels } from '../history/evidence-as-of.js';
import { presentArea } from '../presenters/area.js';
import { fieldAccess } from '../presenters/field-access.js';
import { decodeExternalIds } from '../services/external-ids.js';

const list = z
  .array(z.string())
  .nullable()
  .transform((value) => value ?? []);
/** Free text: absent reads as empty. */
const text = z
  .string()
  .nullable()
  .transform((value) => value ?? '');

export const ExportActorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    subtype: z.string().nullable(),
    acronym: z.string().nullable(),
    aliases: list,
    originalName: z
      .string()
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    externalIds: z.unknown().transform(decodeExternalIds),
    description: text,
    influence: z.number().int().nullable(),
    interest: z.number().int().nullable(),
    stance: z.number().int().nullable(),
    doNoHarmRole: z
      .enum(DO_NO_HARM_ROLES)
      .nullable()
      .transform((value) => value ?? 'unknown'),
    womenFocus: z.boolean().nullable().transform(Boolean),
    youthFocus: z.boolean().nullable().transform(Boolean),
    needs: list,
    sensitivity: z.enum(SENSITIVITY_LEVELS),
    reviewBy: z.string().nullable(),
    fictional: z.boolean().nullable().transform(Boolean),
    basedIn: z.array(z.string()),
    activeIn: z.array(z.string()),
    /** The evidence of its attribute claims at each clearance up to the exporter's (issue 15), as for ties. */
    evidenceByLevel: z.array(z.object({ grade: z.enum(EVIDENCE_GRADES), contested: z.boolean() })),
  })
  // Written out at the exporter's clearance; redaction lowers it to the audience's, as for ties.
  .transform((actor) => ({ ...actor, ...evidenceAt(actor.evidenceByLevel, SENSITIVITY_LEVELS.length) }));
export type ExportActor = z.infer<typeof ExportActorSchema>;

export const ExportTieSchema = z
  .object({
    id: z.string(),
    type: z.enum(TIE_TYPES),
    sourceId: z.string(),
    targetId: z.string(),
    directed: z.boolean(),
    strength: z.number().int(),
    source: text,
    confidence: z.enum(CONFIDENCE_LEVELS),
    observedAt: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    outputId: z.string().nullable(),
    description: text,
    sensitivity: z.enum(SENSITIVITY_LEVELS),
    fictional: z.boolean().nullable().transform(Boolean),
    /** The evidence at each clearance from public up to the exporter's (issue 15): redaction picks the audience's. */
    evidenceByLevel: z.array(z.object({ grade: z.enum(EVIDENCE_GRADES), contested: z.boolean() })),
  })
  // The evidence written out: at the exporter's clearance; redaction lowers it to the audience's.
  .transform((tie) => ({ ...tie, ...evidenceAt(tie.evidenceByLevel, SENSITIVITY_LEVELS.length) }));
export type ExportTie = z.infer<typeof ExportTieSchema>;

/** The evidence for an audience cleared up to `level` (index in SENSITIVITY_LEVELS), as far as the exporter saw it. */
export function evidenceAt(
  byLevel: readonly { grade: (typeof EVIDENCE_GRADES)[number]; contested: boolean }[],
  level: number,
): { evidenceGrade: (typeof EVIDENCE_GRADES)[number]; evidenceContested: boolean } {
  const evidence = byLevel[Math.min(level, byLevel.length - 1)];
  return { evidenceGrade: evidence?.grade ?? 'unsourced', evidenceContested: evidence?.contested ?? false };
}

export interface ExportGraph {
  actors: ExportActor[];
  ties: ExportTie[];
  areas: z.infer<typeof AdminAreaSchema>[];
  outputs: z.infer<typeof DatasetOutputSchema>[];
  outputRoles: z.infer<typeof OutputRoleSchema>[];
  outputStances: z.infer<typeof OutputStanceSchema>[];
  mechanisms: z.infer<typeof MechanismSchema>[];
  engagements: z.infer<typeof EngagementSchema>[];
  /** The mapping rounds, whatever the filters (as of a date: those dated up to then): the snapshot carries them. */
  rounds: z.infer<typeof DatasetRoundSchema>[];
}

/** Each row's record under `key`, parsed by the export's schema (defaults for absent fields). */
const column = <K extends string, T>(rows: RecordRow<K>[], key: K, schema: z.ZodType<T>): T[] => rows.map((row) => schema.parse(row[key]));

/** As `column`, for records whose absent fields are left out rather than null (a role's dates, a chair). */
const sparseColumn = <K extends string, T>(rows: RecordRow<K>[], key: K, schema: z.ZodType<T>): T[] =>
  rows.map((row) => schema.parse(Object.fromEntries(Object.entries(row[key]).filter(([, value]) => value !== null))));

/** A stored round as a dataset row: its date (epoch milliseconds) as an ISO date-time; no sign-off is null, so a re-import clears one. */
const roundColumn = (rows: { round: { at: number; description: string | null; signedOffBy: string | null } }[]) =>
  rows.map((row) => {
    const { at, signedOffBy, description, ...round } = row.round;
    return DatasetRoundSchema.parse({
      ...round,
      at: new Date(at).toISOString(),
      description: description ?? '',
      signedOffBy: signedOffBy ?? null,
    });
  });

/**
 * The records an export of the map (or of the filtered view) contains, read in one transaction;
 * with `asOf` (epoch milliseconds), the records as they were then.
 */
export async function loadExportGraph(db: Database, filters: GraphQuery, viewer: Viewer, asOf: number | null = null): Promise<ExportGraph> {
  const access = accessParameters(viewer);
  const fields = fieldAccess(viewer);
  // The as-of twins (issue 14): the same records read from the versions open at a date, judged by
  // need to know as they were. Outputs and contributions/obstructions have no history: an export
  // of a past date carries today's (the latter only for actors exported as they were).
  const named = asOf === null ? PRESENT_EXPORT : AS_OF_EXPORT;
  return db.readTransaction(async (tx) => {
    const actors = column(
      await tx.run(named.actors, {
        asOf,
        kinds: filters.kinds ?? null,
        areas: filters.areas ?? null,
        outputId: filters.output ?? null,
        access,
        fields,
      }),
      'actor',
      ExportActorSchema,
    );
    const actorIds = actors.map((actor) => actor.id);
    const relationshipTypes = filters.tieTypes ? filters.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES;
    const types = filters.tieTypes ? [...filters.tieTypes] : [...TIE_TYPES];
    const ties = column(
      await tx.run(named.ties, { relationshipTypes, types, actorIds, at: filters.at ?? null, asOf, access, fields }),
      'tie',
      ExportTieSchema,
    );
    // A past export grades with the claims as they were then (issue 14), not with today's grades.
    const past = asOf === null ? null : await readEvidenceLevelsAsOf(tx, asOf, access);
    const gradedThen = <T extends { id: string }>(record: T, levels: Map<string, EvidenceLevels>): T => {
      const evidenceByLevel = levels.get(record.id) ?? [];
      return { ...record, evidenceByLevel, ...evidenceAt(evidenceByLevel, SENSITIVITY_LEVELS.length) };
    };
    return {
      actors: past ? actors.map((actor) => gradedThen(actor, past.actors)) : actors,
      ties: past ? ties.map((tie) => gradedThen(tie, past.ties)) : ties,
      areas: (await tx.run(named.areas, { asOf })).map((row) => presentArea(row.area)),
      outputs: column(await tx.run(exportOutputs, {}), 'output', DatasetOutputSchema),
      outputRoles: sparseColumn(await tx.run(named.outputRoles, { actorIds, asOf }), 'role', OutputRoleSchema),
      outputStances: column(await tx.run(exportOutputStances, { actorIds }), 'stance', OutputStanceSchema),
      mechanisms: sparseColumn(await tx.run(named.mechanisms, { actorIds, asOf }), 'mechanism', MechanismSchema),
      engagements: column(await tx.run(named.engagements, { actorIds, access, asOf }), 'engagement', EngagementSchema),
      rounds: roundColumn(await tx.run(exportRounds, { asOf })),
    };
  });
}
