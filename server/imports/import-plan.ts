/**
 * What a validated file becomes before anything is written: the records to merge, by id.
 * Every reader (3W table, Kumu workbook, JSON snapshot) produces this; the writer only knows it.
 *
 * Readers give a record either the id the file chose (snapshot, Kumu ID column) or a provisional
 * one (`provisionalId`) standing for "the actor named X" or "the tie of this type between these
 * ends". Before anything is written, import-identities.ts turns provisional ids into the id of a
 * matching record the importer may see, or a fresh random one: names never become ids.
 */
import type { ActorCreate, Dataset, ImportCounts, MissingArea, SourceReliability, TieCreate } from '../contracts/index.js';

/** An activity standing for a 3W sector, under one of the handbook's outputs. */
export interface SectorActivity {
  id: string;
  title: string;
  outputId: string;
  outputTitle: string;
}

/** The grades and date a file states for an imported tie's claim; absent: not given. */
export interface ImportedTieEvidence {
  reliability?: SourceReliability | undefined;
  credibility?: number | undefined;
  observedAt?: string | undefined;
}

/** Where a record came from in the file, and which of its fields the file states. */
export interface RowOrigin {
  line: number | null;
  column: string | null;
  sheet: string | null;
  /**
   * The fields the row states (`all`: every field). A record already in the map keeps every other
   * field (its sensitivity and text fields included) as it is; a new record gets the defaults.
   */
  given: readonly string[] | 'all';
}

/** A sensitivity_lowered event the write records in its transaction (codes only). */
export interface PlannedLowering {
  targetType: 'actor' | 'tie' | 'engagement';
  id: string;
  detail: string;
}

export interface ImportPlan {
  meta: Dataset['meta'];
  areas: Dataset['areas'];
  actors: (ActorCreate & { id: string })[];
  /** `evidence`: the grades and date a table row states for the tie's claim (table-evidence.ts); not a tie property. */
  ties: (TieCreate & { id: string; evidence?: ImportedTieEvidence })[];
  /** Full outputs (snapshots only): merged with their activities, benchmarks and risks. */
  outputs: Dataset['outputs'];
  /** Sector activities (3W): merged under existing outputs without touching their text. */
  sectorActivities: SectorActivity[];
  outputRoles: Dataset['outputRoles'];
  outputStances: Dataset['outputStances'];
  mechanisms: Dataset['mechanisms'];
  engagements: Dataset['engagements'];
  /** Mapping rounds (snapshots only): merged by id, an existing round updated. */
  rounds: Dataset['rounds'];
  /** Origins of actors and ties, keyed `actor:<id>` / `tie:<id>` (ids as the reader gave them). */
  origins: Record<string, RowOrigin>;
  /**
   * Where each admin area (by id) is in the file and which of its fields the file states: an
   * existing area is left alone when those match the map, and refused at this place otherwise
   * (import-areas.ts).
   */
  areaOrigins?: Record<string, RowOrigin>;
  /** Ids (`actor:<id>` / `tie:<id>`) of records already in the map: written with their given fields only. */
  existing: string[];
  /** Sensitivities the import lowers (checked), for the audit log. */
  lowerings: PlannedLowering[];
  /** Keys of provisional actors that share a name with other rows but not their external id: never matched by name. */
  keptApart?: string[];
  /** Admin areas a table names that the map lacks (three-w-mapper.ts): warned about, created only on request. */
  missingAreas?: MissingArea[];
}

const PROVISIONAL = '\u0000new:';

/** A provisional id: replaced before the write by a matched or a random id. */
export function provisionalId(key: string): string {
  return `${PROVISIONAL}${key}`;
}

export function isProvisional(id: string): boolean {
  return id.startsWith(PROVISIONAL);
}

/** The key a provisional id stands for (a name, or a tie's ends and type), for messages. */
export function provisionalKey(id: string): string {
  return id.slice(PROVISIONAL.length);
}

/** An empty plan with its provenance. */
export function emptyPlan(meta: Dataset['meta']): ImportPlan {
  return {
    meta,
    areas: [],
    actors: [],
    ties: [],
    outputs: [],
    sectorActivities: [],
    outputRoles: [],
    outputStances: [],
    mechanisms: [],
    engagements: [],
    rounds: [],
    origins: {},
    areaOrigins: {},
    existing: [],
    lowerings: [],
  };
}

/**
 * The counts a report shows for a plan; `matched` (records already in the map) is known once
 * identities are resolved (`plan.existing`), so call it after resolveIdentities for the split.
 */
export function countPlan(plan: ImportPlan): ImportCounts {
  const existing = new Set(plan.existing);
  const outputIds = new Set([...plan.outputs.map((output) => output.id), ...plan.sectorActivities.map((activity) => activity.outputId)]);
  return {
    actors: plan.actors.length,
    ties: plan.ties.length,
    areas: plan.areas.length,
    outputs: outputIds.size,
    activities: plan.sectorActivities.length + plan.outputs.reduce((sum, output) => sum + output.activities.length, 0),
    contributions: plan.outputStances.length,
    matched: {
      actors: plan.actors.filter((actor) => existing.has(`actor:${actor.id}`)).length,
      ties: plan.ties.filter((tie) => existing.has(`tie:${tie.id}`)).length,
    },
  };
}
