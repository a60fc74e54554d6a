/**
 * What a list of actors says about its rows beyond each row: a column holding another row's
 * external id (a parent organisation, the group it split from, the coalition it is a member of)
 * becomes a tie of the type the person chose; an id that is neither in the file nor carried by
 * an actor of the map is a warning with its line, never a guess. And rows that share a name but
 * carry different external ids stay apart, which the report says.
 */
import type { ColumnMapping, ImportProblem, TieType } from '../contracts/index.js';
import { isProvisional, provisionalId, provisionalKey, type ImportPlan } from './import-plan.js';
import type { AreaLookup } from './table-actor-fields.js';
import type { TieEvidence } from './table-evidence.js';
import { because } from './import-errors.js';

/** One reference of one row: the row's actor and the external id it points to. */
/** What a table is read against: the map's areas, and its actors' external ids. */
export interface TableContext {
  areaLookup: AreaLookup;
  /** External id key ("scheme:value", services/external-ids.ts) -> actor id. */
  externalIds: ReadonlyMap<string, string>;
  /** Create the admin areas the table names that the map lacks (the person's explicit choice); default: warn and leave them out. */
  createAreas?: boolean;
}

export interface RowReference {
  fromId: string;
  value: string;
  line: number;
  /** What the row's evidence columns say about the tie (table-evidence.ts). */
  evidence?: TieEvidence;
}

const RELATION_LABELS: Record<NonNullable<ColumnMapping['referenceRelation']>, string> = {
  parent_organisation: 'Parent organisation',
  member_of: 'Member of',
  splinter_of: 'Splinter of',
};

interface ReferenceOptions {
  scheme: string;
  mapping: ColumnMapping | undefined;
  context: TableContext;
  where: string;
  sheet: string | null;
  /** The file's actors by identity ("x:<external id>" or "n:<folded name>"). */
  byExternalValue: ReadonlyMap<string, { id: string }>;
}

/** Adds the ties the references make to the plan; returns the references that point nowhere. */
export function referenceTies(
  plan: ImportPlan,
  references: readonly RowReference[],
  options: ReferenceOptions,
): { warnings: ImportProblem[] } {
  const warnings: ImportProblem[] = [];
  const type: TieType = options.mapping?.referenceTieType ?? 'affiliated_with';
  const description = RELATION_LABELS[options.mapping?.referenceRelation ?? 'parent_organisation'];
  const seen = new Set<string>();
  for (const reference of references) {
    const inFile = options.byExternalValue.get(`x:${reference.value}`)?.id;
    const targetId = inFile ?? options.context.externalIds.get(`${options.scheme.toLowerCase()}:${reference.value}`);
    if (!targetId) {
      warnings.push({
        line: reference.line,
        column: options.where,
        sheet: options.sheet,
        ...because(
          `"${reference.value.slice(0, 60)}" is the ${options.scheme} id of no row of this file and of no actor in the map; no tie was made`,
          'import.reference_unknown',
          { value: reference.value.slice(0, 60), scheme: options.scheme },
        ),
      });
      continue;
    }
    if (targetId === reference.fromId) {
      warnings.push({
        line: reference.line,
        column: options.where,
        sheet: options.sheet,
        ...because('the row points to itself; no tie was made', 'import.reference_to_itself'),
      });
      continue;
    }
    const id = provisionalId(`tie:${reference.fromId}\u0000${targetId}\u0000${type}`);
    if (seen.has(id)) continue;
    seen.add(id);
    // The row's source column names who says so; without one, the file does.
    const { source, observedAt, reliability, credibility } = reference.evidence ?? {};
    plan.ties.push({
      id,
      type,
      sourceId: reference.fromId,
      targetId,
      strength: 2,
      source: source ?? plan.meta.source,
      confidence: 'reported',
      ...(observedAt ? { observedAt } : {}),
      description,
      sensitivity: 'internal',
      ...(reliability || credibility || observedAt ? { evidence: { reliability, credibility, observedAt } } : {}),
    });
    // A tie already in the map keeps its source text (its claim came from it); the file's date is stated.
    const given = ['description', ...(observedAt ? ['observedAt'] : [])];
    plan.origins[`tie:${id}`] = { line: reference.line, column: options.where, sheet: options.sheet, given };
  }
  return { warnings };
}

/**
 * Rows that share a (folded) name but not their external id are different actors ("Mai-Mai"
 * groups of different places): they are never matched by name, and the report says so.
 */
export function keepApartByExternalId(
  plan: ImportPlan,
  byFoldedName: ReadonlyMap<string, ReadonlySet<string>>,
  actors: ReadonlyMap<string, { id: string; name: string }>,
  column: string,
  sheet: string | null,
): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  const apart: string[] = [];
  for (const identities of byFoldedName.values()) {
    if (identities.size < 2) continue;
    const same = [...identities].map((identity) => actors.get(identity)).filter((actor) => actor !== undefined);
    apart.push(...same.filter((actor) => isProvisional(actor.id)).map((actor) => provisionalKey(actor.id)));
    const first = plan.origins[`actor:${same[0]?.id}`];
    const ids = [...identities].map((identity) => (identity.startsWith('x:') ? identity.slice(2) : 'none'));
    warnings.push({
      line: first?.line ?? null,
      column,
      sheet,
      ...because(
        `${same.length} actors are named "${same[0]?.name ?? ''}" with different external ids (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}): kept apart`,
        'import.kept_apart',
        { count: same.length, name: same[0]?.name ?? '', ids: ids.slice(0, 5), more: Math.max(0, ids.length - 5) },
      ),
    });
  }
  plan.keptApart = apart;
  return warnings;
}
