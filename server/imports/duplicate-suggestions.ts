/**
 * Suggests which organisations may be the same, for a person to confirm: case variants ("GIZ",
 * "GiZ"), spelling variants (spacing, punctuation, one letter: "Word Vision", "World Vision"),
 * and acronyms against full names ("UNICEF", "United Nations Children's Fund") from a list of
 * known names, from initials and from the acronyms of actors already in the map. Never merges.
 */
import type { DuplicateSuggestion } from '../contracts/index.js';
import { EQUIVALENT_NAMES } from './known-acronyms.js';

export interface NamedActor {
  id: string;
  name: string;
  acronym?: string | null | undefined;
  aliases?: readonly string[] | null | undefined;
  existing: boolean;
}

/** Letters and digits only, lower case, accents dropped: "MSF - F" -> "msff". */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const STOP_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'pour', 'et', 'del', 'y', 'on']);

function initials(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOP_WORDS.has(word.toLowerCase()));
  return words.length >= 2 ? words.map((word) => word[0]).join('').toLowerCase() : '';
}

/** Edit distance, stopping early above `limit`. */
function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
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
    actor, key, lower: actor.name.trim().toLowerCase(), digits: key.replace(/\D/g, ''), group: GROUP_OF.get(key),
    acronyms: [actor.acronym, ...(actor.aliases ?? [])].filter((value): value is string => !!value).map(nameKey), initials: initials(actor.name),
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

/** Pairs worth a person's look; beyond `maxCompared` imported names only exact-key matches are sought. */
export function suggestDuplicates(imported: readonly NamedActor[], existing: readonly NamedActor[], maxCompared = 3000): DuplicateSuggestion[] {
  const importedIds = new Set(imported.map((actor) => actor.id));
  const mine = imported.map(keyed);
  const others = existing.filter((actor) => !importedIds.has(actor.id)).map(keyed);
  const suggestions: DuplicateSuggestion[] = [];
  const seen = new Set<string>();
  const consider = (x: Keyed, y: Keyed) => {
    const [a, b] = [x.actor, y.actor];
    const pair = [a.id, b.id].sort().join('\u0000');
    if (a.id === b.id || seen.has(pair)) return;
    const reason = reasonFor(x, y);
    if (!reason) return;
    seen.add(pair);
    const side = (actor: NamedActor) => ({ id: actor.id, name: actor.name, existing: actor.existing });
    suggestions.push({ reason, a: side(a), b: side(b) });
  };
  if (mine.length <= maxCompared) {
    mine.forEach((a, index) => {
      for (const b of mine.slice(index + 1)) consider(a, b);
      for (const b of others) consider(a, b);
    });
  } else {
    const byKey = new Map<string, Keyed[]>();
    for (const actor of [...mine, ...others]) byKey.set(actor.key, [...(byKey.get(actor.key) ?? []), actor]);
    for (const group of byKey.values()) group.forEach((a, index) => group.slice(index + 1).forEach((b) => consider(a, b)));
  }
  return suggestions.sort((x, y) => x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
}
