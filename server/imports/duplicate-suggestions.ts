/**
 * Suggests which organisations may be the same, for a person to confirm: case variants ("GIZ",
 * "GiZ"), spelling variants (spacing, punctuation, one letter: "Word Vision", "World Vision"),
 * and acronyms against full names ("UNICEF", "United Nations Children's Fund") from a list of
 * known names, from initials and from the acronyms of actors already in the map. Never merges.
 */
import type { DuplicateSuggestion } from '../contracts/index.js';
import { EQUIVALENT_NAMES } from './known-acronyms.js';
import { DEFAULT_IMPORT_LIMITS } from './limits.js';
import { because, type Reason } from './import-errors.js';

export interface NamedActor {
  id: string;
  name: string;
  acronym?: string | null | undefined;
  aliases?: readonly string[] | null | undefined;
  existing: boolean;
}

/** Letters and digits only, lower case, accents dropped: "MSF - F" -> "msff". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const STOP_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'pour', 'et', 'del', 'y', 'on']);

function initials(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()));
  return words.length >= 2
    ? words
        .map((word) => word[0])
        .join('')
        .toLowerCase()
    : '';
}

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance at most `limit`. Only the band of cells within `limit` of the diagonal can stay
 * under it, so only that band is computed (about 5 cells a row instead of the whole row), and
 * the rows are reused: this runs for many pairs.
 */
function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (previousRow.length <= b.length + 1) {
    previousRow = new Int32Array(b.length + 2);
    currentRow = new Int32Array(b.length + 2);
  }
  const over = limit + 1;
  let previous = previousRow;
  let current = currentRow;
  previous.fill(over, 0, b.length + 2);
  for (let j = 0; j <= Math.min(b.length, limit); j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current.fill(over, Math.max(0, from - 1), Math.min(b.length + 1, to + 2));
    current[0] = i <= limit ? i : over;
    let rowMin = current[0] as number;
    const charA = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return false;
    [previous, current] = [current, previous];
  }
  return (previous[b.length] as number) <= limit;
}

const GROUP_OF = new Map<string, number>();
EQUIVALENT_NAMES.forEach((group, index) => group.forEach((name) => GROUP_OF.set(nameKey(name), index)));

interface Keyed {
  actor: NamedActor;
  lower: string;
  key: string;
  digits: string;
  group: number | undefined;
  acronyms: string[];
  initials: string;
}

function keyed(actor: NamedActor): Keyed {
  const key = nameKey(actor.name);
  return {
    actor,
    key,
    lower: actor.name.trim().toLowerCase(),
    digits: key.replace(/\D/g, ''),
    group: GROUP_OF.get(key),
    acronyms: [actor.acronym, ...(actor.aliases ?? [])].filter((value): value is string => !!value).map(nameKey),
    initials: initials(actor.name),
  };
}

function reasonFor(a: Keyed, b: Keyed): DuplicateSuggestion['reason'] | null {
  if (a.lower === b.lower) return 'case';
  if (a.key === b.key && a.key !== '') return 'spelling';
  if (a.group !== undefined && a.group === b.group) return 'acronym';
  if (a.acronyms.includes(b.key) || b.acronyms.includes(a.key)) return 'acronym';
  if ((a.key.length <= 8 && b.initials === a.key) || (b.key.length <= 8 && a.initials === b.key)) return 'acronym';
  // "Camp 12" and "Camp 13" are different places, not spellings of one name.
  if (a.digits !== b.digits) return null;
  const shorter = Math.min(a.key.length, b.key.length);
  if (shorter >= 6 && withinDistance(a.key, b.key, shorter >= 12 ? 2 : 1)) return 'spelling';
  return null;
}

/** How much work a duplicate search may do: both bound its time and its memory whatever the names. */
export interface DuplicateBudget {
  /** Most suggestions listed; more are counted, not listed. */
  maxSuggestions: number;
  /** Most name pairs compared; beyond it the search stops and says so. */
  maxComparisons: number;
}

export interface DuplicateFindings {
  suggestions: DuplicateSuggestion[];
  /** Suggestions found beyond `maxSuggestions`, not listed. */
  more: number;
  /** False when the comparison budget ran out: there may be more pairs than were found. */
  complete: boolean;
  comparisons: number;
}

const DEFAULT_BUDGET: DuplicateBudget = {
  maxSuggestions: DEFAULT_IMPORT_LIMITS.maxDuplicateSuggestions,
  maxComparisons: DEFAULT_IMPORT_LIMITS.maxDuplicateComparisons,
};

/**
 * Blocks of names to compare. A name's own key meets the same key and the acronyms and initials
 * of other names (case, spelling and acronym pairs); names there only by an acronym or initials
 * are compared with the names there by key, never among themselves (two names with initials
 * "ca1" are no pair, and such blocks can hold thousands). The first and last four letters (with
 * the name's digits) catch one- or two-letter spelling variants, except the rare pair whose edits
 * touch both ends.
 */
interface Block {
  /** Compared with each other and with `linked`. */
  members: Keyed[];
  /** Compared with `members` only. */
  linked: Keyed[];
}

function blocksOf(actors: readonly Keyed[]): Block[] {
  const exact = new Map<string, Block>();
  const fuzzy = new Map<string, Block>();
  const add = (map: Map<string, Block>, key: string, actor: Keyed, role: keyof Block) => {
    let block = map.get(key);
    if (!block) map.set(key, (block = { members: [], linked: [] }));
    block[role].push(actor);
  };
  for (const actor of actors) {
    if (actor.key !== '') add(exact, `n:${actor.key}`, actor, 'members');
    for (const other of new Set([...actor.acronyms, actor.initials]))
      if (other !== '' && other !== actor.key) add(exact, `n:${other}`, actor, 'linked');
    if (actor.group !== undefined) add(exact, `g:${actor.group}`, actor, 'members');
    if (actor.key.length >= 6) {
      add(fuzzy, `p:${actor.digits}|${actor.key.slice(0, 4)}`, actor, 'members');
      add(fuzzy, `s:${actor.digits}|${actor.key.slice(-4)}`, actor, 'members');
    }
  }
  // Exact blocks first, so that a budget spent on spelling variants never hides a case or acronym pair.
  return [...exact.values(), ...fuzzy.values()];
}

function* pairsOf(block: Block): Generator<[Keyed, Keyed]> {
  const { members, linked } = block;
  for (let i = 0; i < members.length; i += 1) {
    for (let j = i + 1; j < members.length; j += 1) yield [members[i] as Keyed, members[j] as Keyed];
    for (const other of linked) yield [members[i] as Keyed, other];
  }
}

/**
 * Pairs worth a person's look, among the imported names and between them and the map's. The
 * work is bounded: names are compared only within blocks, at most `maxComparisons` pairs are
 * compared and at most `maxSuggestions` listed, so 3,000 near-identical names cost a fraction of
 * a second rather than 18 s and 1 GB (all 4.5 million pairs, each a suggestion).
 */
export function findDuplicates(
  imported: readonly NamedActor[],
  existing: readonly NamedActor[],
  budget: DuplicateBudget = DEFAULT_BUDGET,
): DuplicateFindings {
  const importedIds = new Set(imported.map((actor) => actor.id));
  const others = existing.filter((actor) => !importedIds.has(actor.id));
  const findings: DuplicateFindings = { suggestions: [], more: 0, complete: true, comparisons: 0 };
  const compared = new Set<string>();
  const side = (actor: NamedActor) => ({ id: actor.id, name: actor.name, existing: actor.existing });
  for (const block of blocksOf([...imported, ...others].map(keyed))) {
    for (const [x, y] of pairsOf(block)) {
      const [a, b] = [x.actor, y.actor];
      if (a.id === b.id || (a.existing && b.existing)) continue;
      const pair = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
      if (compared.has(pair)) continue;
      if (findings.comparisons >= budget.maxComparisons) {
        findings.complete = false;
        return sorted(findings);
      }
      compared.add(pair);
      findings.comparisons += 1;
      const reason = reasonFor(x, y);
      if (!reason) continue;
      if (findings.suggestions.length < budget.maxSuggestions) findings.suggestions.push({ reason, a: side(a), b: side(b) });
      else findings.more += 1;
    }
  }
  return sorted(findings);
}

function sorted(findings: DuplicateFindings): DuplicateFindings {
  findings.suggestions.sort((x, y) => x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
  return findings;
}

/** Pairs worth a person's look (see findDuplicates), within the default budget. */
export function suggestDuplicates(imported: readonly NamedActor[], existing: readonly NamedActor[]): DuplicateSuggestion[] {
  return findDuplicates(imported, existing).suggestions;
}

/** What the report says about suggestions not listed, in words and as a code; null when all were listed. */
export function unlistedDuplicates(findings: DuplicateFindings, budget: DuplicateBudget): Reason | null {
  const parts: string[] = [];
  if (findings.more > 0) {
    parts.push(
      `and ${findings.more} more possible duplicates: only the first ${budget.maxSuggestions} are listed (the most an import report lists)`,
    );
  }
  if (!findings.complete) {
    parts.push(
      `the search for duplicates stopped after ${budget.maxComparisons} name comparisons (the most an import may make); there may be more`,
    );
  }
  if (parts.length === 0) return null;
  const code =
    findings.more === 0
      ? 'import.duplicates_search_stopped'
      : findings.complete
        ? 'import.duplicates_more'
        : 'import.duplicates_more_and_stopped';
  return because(parts.join('; '), code, {
    ...(findings.more > 0 ? { count: findings.more, maximum: budget.maxSuggestions } : {}),
    ...(findings.complete ? {} : { comparisons: budget.maxComparisons }),
  });
}
