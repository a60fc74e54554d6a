/**
 * Reads the actor fields of one table row as the column mapping says: the kind and subtype from
 * coded values ("4" -> government), several values in one cell, the external id with its scheme,
 * and areas named by id, p-code or name. Every value it cannot read is said with its reason, so
 * the mapper can locate it.
 */
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  ACTOR_SUBTYPES,
  ALL_ACTOR_SUBTYPES,
  type ActorKind,
  type ColumnMapping,
  type ExternalId,
} from '../contracts/index.js';
import { foldName } from './actor-matching.js';
import { because, type Reason } from './import-errors.js';

/** The separator of multi-value cells (aliases, areas, references). */
export function separatorOf(mapping: ColumnMapping | undefined): string {
  return mapping?.separator ?? ';';
}

/** The values of a multi-value cell, trimmed, empty ones dropped. */
export function splitCell(value: string, separator: string): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The scheme of the external id column: the mapping's, else its header made a name ("ACLED ID" -> "acled-id"). */
export function externalIdScheme(mapping: ColumnMapping | undefined, header: string | undefined): string {
  if (mapping?.externalIdScheme) return mapping.externalIdScheme;
  const slug = (header ?? '')
    .replace(/#\S+/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'id';
}

export function externalIdOf(value: string, scheme: string): ExternalId | null {
  return value ? { scheme, value: value.slice(0, 200) } : null;
}

const KIND_OF_SUBTYPE = new Map<string, ActorKind>(
  ACTOR_KINDS.flatMap((kind) => ACTOR_SUBTYPES[kind].map((subtype) => [subtype, kind] as const)),
);
const KIND_BY_LABEL = new Map<string, ActorKind>(
  ACTOR_KINDS.flatMap(
    (kind) =>
      [
        [foldName(kind), kind],
        [foldName(ACTOR_KIND_LABELS[kind]), kind],
      ] as const,
  ),
);

export interface KindReading {
  kind?: ActorKind;
  subtype?: string;
  /** Reasons a value could not be read, by field. */
  unread: ({ field: 'kind' | 'subtype' } & Reason)[];
}

/**
 * The kind and subtype a row states (cell, else the file's constant), translated by the
 * mapping's value maps; a known subtype implies its kind. Nothing stated: nothing returned.
 */
export function readKind(kindCell: string, subtypeCell: string, mapping: ColumnMapping | undefined): KindReading {
  const reading: KindReading = { unread: [] };
  const kindValue = kindCell || mapping?.constants?.kind || '';
  const subtypeValue = subtypeCell || mapping?.constants?.subtype || '';
  if (subtypeValue) {
    const subtype =
      mapping?.subtypeValues?.[subtypeValue] ?? (ALL_ACTOR_SUBTYPES.includes(subtypeValue as never) ? subtypeValue : undefined);
    if (subtype) reading.subtype = subtype;
    else
      reading.unread.push({
        field: 'subtype',
        ...because(
          `the subtype "${subtypeValue.slice(0, 60)}" is not mapped to a subtype; map the value (e.g. "${subtypeValue.slice(0, 20)}" -> armed_group) or leave the column out`,
          'import.subtype_not_mapped',
          { value: subtypeValue.slice(0, 60) },
        ),
      });
  }
  if (kindValue) {
    const kind = mapping?.kindValues?.[kindValue] ?? KIND_BY_LABEL.get(foldName(kindValue));
    if (kind) reading.kind = kind;
    else
      reading.unread.push({
        field: 'kind',
        ...because(
          `the kind "${kindValue.slice(0, 60)}" is not mapped to a kind; map the value (e.g. "${kindValue.slice(0, 20)}" -> conflict_party) or leave the column out`,
          'import.kind_not_mapped',
          { value: kindValue.slice(0, 60) },
        ),
      });
  }
  if (!reading.kind && reading.subtype) reading.kind = KIND_OF_SUBTYPE.get(reading.subtype);
  return reading;
}

/** Areas a table may name: folded name, p-code or id -> area id. */
export type AreaLookup = ReadonlyMap<string, string>;

/** The area a value names (its id, p-code or name), or null. */
export function areaFor(value: string, areas: AreaLookup): string | null {
  return areas.get(value) ?? areas.get(value.toUpperCase()) ?? areas.get(foldName(value)) ?? null;
}
