/**
 * The sections of a Diff the change brief does not know by name (added to /api/diff by later
 * work; the coordination sections have their own printer, change-coordination.ts), rendered from their shape: an
 * object with `added`/`removed`/`changed` lists gets its counts and a table for each list, a list
 * of records a table of their fields, a record a table of field and value, nested parts a heading
 * of their own. Values print through the name book, so actor ids become their (redacted) names, a
 * `...Name` beside an actor's `...Id` is that actor's printed name, free text is withheld under
 * the profiles that strip it, and a `sensitivity` counts into the marking.
 */
import { SENSITIVITY_LEVELS, type Sensitivity } from '../contracts/index.js';
import type { NameBook } from './change-names.js';
import { COORDINATION_DIFF_KEYS } from './change-coordination.js';
import type { Block } from './document.js';
import { ENGLISH_TEXT } from './text.js';

const COMMON_TEXT = ENGLISH_TEXT.common;

/** Keys of the Diff that change-briefing.ts and change-coordination.ts render themselves. */
export const KNOWN_DIFF_KEYS = new Set<string>(['from', 'to', 'actors', 'ties', 'named', ...COORDINATION_DIFF_KEYS]);
export const KNOWN_NAMED_KEYS = new Set(['newConflictPartyTies', 'stanceShifts', 'doNoHarmShifts', 'influenceMoves']);

const MAX_DEPTH = 3;
type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "engagementShare" → "Engagement share". */
export function humanize(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A field of a record as printed: a `...Name` beside an actor id is that actor's printed name. */
function cell(record: Rec, key: string, names: NameBook): string {
  const nameOf = key === 'name' ? record.id : key.endsWith('Name') ? record[`${key.slice(0, -4)}Id`] : undefined;
  if (typeof nameOf === 'string') {
    const printed = names.actor(nameOf);
    if (printed !== null) return printed;
  }
  const owner = typeof record.id === 'string' ? record.id : undefined;
  return names.value(key, record[key], owner);
}

function markLevels(records: Rec[], mark: (level: Sensitivity) => void): void {
  for (const record of records) if (SENSITIVITY_LEVELS.includes(record.sensitivity as Sensitivity)) mark(record.sensitivity as Sensitivity);
}

function table(title: string, records: Rec[], names: NameBook, mark: (level: Sensitivity) => void): Block[] {
  markLevels(records, mark);
  // An id beside its name says nothing more to a reader: the name stands for it.
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))].filter(
    (key) =>
      !(key.endsWith('Id') && records.some((record) => `${key.slice(0, -2)}Name` in record)) &&
      !(key === 'id' && records.some((r) => 'name' in r)),
  );
  return [
    { kind: 'heading', text: title },
    { kind: 'table', columns: keys.map(humanize), rows: records.map((record) => keys.map((key) => cell(record, key, names))) },
  ];
}

function section(title: string, value: unknown, names: NameBook, mark: (level: Sensitivity) => void, depth: number): Block[] {
  if (Array.isArray(value)) {
    if (value.length === 0)
      return [
        { kind: 'heading', text: title },
        { kind: 'paragraph', text: COMMON_TEXT.none },
      ];
    if (value.every(isRecord)) return table(title, value, names, mark);
    return [
      { kind: 'heading', text: title },
      { kind: 'bullets', items: value.map((item) => names.value('', item)) },
    ];
  }
  if (!isRecord(value))
    return [
      { kind: 'heading', text: title },
      { kind: 'paragraph', text: names.value('', value) },
    ];
  const lists = ['added', 'removed', 'changed'].filter((key) => Array.isArray(value[key]));
  const blocks: Block[] = [{ kind: 'heading', text: title }];
  if (lists.length > 0) {
    blocks.push({ kind: 'paragraph', text: lists.map((key) => `${(value[key] as unknown[]).length} ${key}`).join(', ') + '.' });
  }
  const scalars = Object.entries(value).filter(([, item]) => !Array.isArray(item) && !isRecord(item));
  if (scalars.length > 0) {
    blocks.push({
      kind: 'table',
      columns: ['Field', 'Value'],
      widths: [2, 3],
      rows: scalars.map(([key]) => [humanize(key), cell(value, key, names)]),
    });
  }
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(item) && !isRecord(item)) continue;
    if (depth >= MAX_DEPTH) continue;
    blocks.push(...section(`${title}: ${humanize(key).toLowerCase()}`, item, names, mark, depth + 1));
  }
  return blocks;
}

/** The Diff's sections and named changes beyond the known ones, or nothing when there are none. */
export function furtherSections(
  diff: Rec,
  known: Set<string>,
  named: Rec,
  knownNamed: Set<string>,
  names: NameBook,
  further = ENGLISH_TEXT.change.further,
): Block[] {
  const mark = (level: Sensitivity) => names.mark(level);
  const blocks: Block[] = [];
  for (const [key, value] of Object.entries(named)) if (!knownNamed.has(key)) blocks.push(...section(humanize(key), value, names, mark, 1));
  for (const [key, value] of Object.entries(diff)) if (!known.has(key)) blocks.push(...section(humanize(key), value, names, mark, 1));
  return blocks.length > 0 ? [{ kind: 'heading', text: further }, ...blocks] : [];
}
