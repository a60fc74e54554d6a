/**
 * What a merge changes, worked out without a database: which fields of the kept actor are filled
 * from the duplicates, which names become aliases, and what becomes of every tie that touches a
 * duplicate (moved, combined with an identical one, or dropped as a tie of the actor to itself).
 * The merger writes this plan; the preview shows it. Pure, so both say the same.
 */
import { SENSITIVITY_LEVELS, CONFIDENCE_LEVELS } from '../contracts/index.js';
import { nameKey } from '../imports/duplicate-suggestions.js';

/** Stored properties of an actor (or a tie), as read back from the database. */
export type Properties = Record<string, unknown>;

/** A tie touching one of the merged actors, as stored. */
export interface StoredTie {
  id: string;
  relationshipType: string;
  sourceId: string;
  targetId: string;
  properties: Properties;
}

/** One tie to rewrite: its current identity, its new ends, and the properties that change. */
export interface TieRewrite {
  id: string;
  relationshipType: string;
  sourceId: string;
  targetId: string;
  newSourceId: string;
  newTargetId: string;
  changes: Properties;
}

export interface TiePlan {
  rewrites: TieRewrite[];
  /** Ties removed: combined into another, or between two of the merged actors. */
  deletes: Pick<StoredTie, 'id' | 'relationshipType' | 'sourceId' | 'targetId'>[];
  /** Ties combined into another (`from`) and the tie they become (`to`): their claims follow. */
  combinedInto: { from: string; to: string }[];
  moved: number;
  combined: number;
  selfDropped: number;
}

export interface FieldPlan {
  /** Properties to set on the kept actor (filled fields and the new alias list). */
  changes: Properties;
  fieldsFilled: string[];
  aliasesAdded: string[];
  /** Names not kept: the kept actor already holds as many aliases as an actor may. */
  aliasesOmitted: string[];
}

/** The most aliases an actor holds (the actor contract's limit). */
const MAX_ALIASES = 20;

/** Properties a merge never copies: identity, bookkeeping, and what the kept actor decides alone. */
const NOT_FILLED = new Set(['id', 'name', 'kind', 'aliases', 'sensitivity', 'writeToken', 'createdAt', 'updatedAt', 'fictional']);

/**
 * An import's stamp (createdByImport, writtenByImport and their -At variants): it says which
 * import wrote this record, so an undo of that import finds it. Copied onto the kept actor, it
 * would make that undo take the kept actor for the import's own record.
 */
function isImportStamp(key: string): boolean {
  return /ByImport(At)?$/.test(key);
}

/** A value that says nothing: absent, empty text, an empty list, or the "unknown" role. */
function isEmpty(key: string, value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (key === 'doNoHarmRole') return value === 'unknown';
  // false is a default, not a finding: a duplicate known to focus on women fills it.
  if (key === 'womenFocus' || key === 'youthFocus') return value === false;
  return false;
}

/**
 * Fields the kept actor lacks, taken from the first duplicate (in the order given) that has them,
 * and the duplicates' names, acronyms and aliases as aliases of the kept actor (once each by the
 * import's folding, never repeating the kept actor's own name or acronym). A subtype is taken only
 * from a duplicate of the same kind: another kind's subtype would make the record invalid.
 */
export function planFields(kept: Properties, duplicates: readonly Properties[]): FieldPlan {
  const changes: Properties = {};
  const fieldsFilled: string[] = [];
  for (const duplicate of duplicates) {
    for (const [key, value] of Object.entries(duplicate)) {
      // Timestamps (createdAt, importedAt...) are bookkeeping, read back as text: never copied.
      if (
        NOT_FILLED.has(key) ||
        key.endsWith('At') ||
        isImportStamp(key) ||
        isEmpty(key, value) ||
        !isEmpty(key, kept[key]) ||
        key in changes
      )
        continue;
      if (key === 'subtype' && duplicate.kind !== kept.kind) continue;
      changes[key] = value;
      fieldsFilled.push(key);
    }
  }
  const keptAliases = stringList(kept.aliases);
  const taken = new Set([kept.name, changes.acronym ?? kept.acronym, ...keptAliases].filter(isText).map(nameKey));
  const aliasesAdded: string[] = [];
  for (const duplicate of duplicates) {
    const acronymUsed = changes.acronym !== undefined && duplicate.acronym === changes.acronym;
    for (const name of [duplicate.name, acronymUsed ? null : duplicate.acronym, ...stringList(duplicate.aliases)]) {
      if (!isText(name) || nameKey(name) === '' || taken.has(nameKey(name))) continue;
      taken.add(nameKey(name));
      aliasesAdded.push(name);
    }
  }
  // The record must stay valid for later edits (a PATCH checks the whole record): names beyond
  // the aliases an actor may hold are not kept, and the preview lists them.
  const room = Math.max(0, MAX_ALIASES - keptAliases.length);
  const aliasesOmitted = aliasesAdded.splice(room);
  if (aliasesAdded.length > 0) changes.aliases = [...keptAliases, ...aliasesAdded];
  fieldsFilled.sort();
  return { changes, fieldsFilled, aliasesAdded, aliasesOmitted };
}

/**
 * Every tie touching a duplicate moves to the kept actor. Ties that then have the same type,
 * the same ends and the same direction (for an undirected tie, the same pair) are one tie:
 * the one already on the kept actor survives (else the first by id), with the strongest
 * strength, the sources joined, the highest confidence and sensitivity, and any field it lacks
 * filled from the others. A tie between two of the merged actors would tie the actor to itself
 * and is dropped.
 */
export function planTies(keptId: string, duplicateIds: readonly string[], ties: readonly StoredTie[]): TiePlan {
  const merged = new Set(duplicateIds);
  const end = (id: string) => (merged.has(id) ? keptId : id);
  const plan: TiePlan = { rewrites: [], deletes: [], combinedInto: [], moved: 0, combined: 0, selfDropped: 0 };
  const groups = new Map<string, StoredTie[]>();
  for (const tie of [...ties].sort((a, b) => a.id.localeCompare(b.id))) {
    const [source, target] = [end(tie.sourceId), end(tie.targetId)];
    if (source === target) {
      if (merged.has(tie.sourceId) || merged.has(tie.targetId)) {
        plan.deletes.push(identity(tie));
        plan.selfDropped += 1;
      }
      continue;
    }
    const ends = tie.properties.directed === false ? [source, target].sort() : [source, target];
    const key = `${tie.relationshipType}\u0000${tie.properties.directed === false ? 'u' : 'd'}\u0000${ends.join('\u0000')}`;
    groups.set(key, [...(groups.get(key) ?? []), tie]);
  }
  for (const group of groups.values()) {
    const moves = (tie: StoredTie) => merged.has(tie.sourceId) || merged.has(tie.targetId);
    if (!group.some(moves)) continue;
    const survivor = group.find((tie) => !moves(tie)) ?? (group[0] as StoredTie);
    const others = group.filter((tie) => tie !== survivor);
    for (const other of others) {
      plan.deletes.push(identity(other));
      plan.combinedInto.push({ from: other.id, to: survivor.id });
    }
    plan.combined += others.length;
    if (moves(survivor)) plan.moved += 1;
    plan.rewrites.push({
      ...identity(survivor),
      newSourceId: end(survivor.sourceId),
      newTargetId: end(survivor.targetId),
      changes: combinedProperties(survivor, others),
    });
  }
  return plan;
}

const TIE_NOT_FILLED = new Set(['id', 'directed', 'createdAt', 'updatedAt', 'writeToken', 'fictional']);

function combinedProperties(survivor: StoredTie, others: readonly StoredTie[]): Properties {
  if (others.length === 0) return {};
  const all = [survivor, ...others].map((tie) => tie.properties);
  const changes: Properties = {};
  for (const other of others) {
    for (const [key, value] of Object.entries(other.properties)) {
      if (!TIE_NOT_FILLED.has(key) && isEmpty(key, survivor.properties[key]) && !isEmpty(key, value) && !(key in changes))
        changes[key] = value;
    }
  }
  const strengths = all.map((p) => p.strength).filter((value): value is number => typeof value === 'number');
  if (strengths.length > 0) changes.strength = Math.max(...strengths);
  const sources = [
    ...new Set(
      all
        .map((p) => p.source)
        .filter(isText)
        .map((text) => text.trim())
        .filter(Boolean),
    ),
  ];
  if (sources.length > 0) changes.source = sources.join('; ');
  changes.sensitivity = highest(
    SENSITIVITY_LEVELS,
    all.map((p) => p.sensitivity ?? 'internal'),
  );
  const confidence = highest(
    CONFIDENCE_LEVELS,
    all.map((p) => p.confidence),
  );
  if (confidence !== undefined) changes.confidence = confidence;
  return changes;
}

function highest<T extends string>(scale: readonly T[], values: readonly unknown[]): T | undefined {
  const ranks = values.map((value) => scale.indexOf(value as T)).filter((rank) => rank >= 0);
  return ranks.length > 0 ? scale[Math.max(...ranks)] : undefined;
}

function identity(tie: StoredTie): TiePlan['deletes'][number] {
  return { id: tie.id, relationshipType: tie.relationshipType, sourceId: tie.sourceId, targetId: tie.targetId };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isText) : [];
}
