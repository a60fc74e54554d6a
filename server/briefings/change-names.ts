/**
 * Names and values as a change brief prints them, under the export redaction profiles. The diff
 * (run as the briefing's viewer) already holds only what the requester may see; this decides how
 * it is shown: a record's level is the highest of its versions at either end and its newest level
 * (cypher/briefings/change-levels), so an actor above `internal` appears under a per-document
 * pseudonym under the internal profile (above `public` under shareable, which should not happen
 * since that diff runs as a reader cleared for public only), and free text is withheld under
 * every profile but full. Every record printed counts into the marking.
 *
 * The ids to look up are every short string of the diff, whatever section carries it: sections
 * another helper adds to the Diff (roles, engagements...) are covered without knowing their shape.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SENSITIVITY_LEVELS, type Diff, type Sensitivity } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { changeLevels } from '../queries/briefings.js';
import type { BriefingScope } from './briefing-scope.js';
import { briefingLanguage, type BriefingLanguage } from './language.js';

/** Free text: stripped by the internal and shareable profiles, as in exports. */
const FREE_TEXT = new Set(['description', 'needs', 'source', 'summary', 'note', 'notes', 'followUps', 'quote', 'excerpt']);
/** What names a pseudonymised actor. */
const IDENTITY = new Set(['name', 'acronym', 'aliases', 'originalName', 'externalIds', 'reviewBy']);
const AREA_FIELDS = new Set(['basedIn', 'activeIn', 'areaIds', 'areaId', 'areas']);

const rank = (level: string) => Math.max(0, SENSITIVITY_LEVELS.indexOf(level as Sensitivity));

export interface NameBook {
  /** The printed name of an actor of the diff (marks it); null if the id is no actor. */
  actor(id: string, fallback?: string): string | null;
  /** Counts a level into the document's marking. */
  mark(level: Sensitivity): void;
  /** Marks a tie of the diff into the marking. */
  markTie(id: string): void;
  /** A value of `field` as printed: names for actor ids, area names, withheld free text. */
  value(field: string, value: unknown, ownerId?: string): string;
  /** Whether this actor is shown under a pseudonym. */
  pseudonymised(id: string): boolean;
  /** Replaces the real names of pseudonymised actors in a text: the safety net for sections of unknown shape. */
  scrub(text: string): string;
}

function stringsOf(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length > 0 && value.length <= 200 && !/\s/.test(value)) into.add(value);
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
}

interface Levels {
  level: Sensitivity;
  name: string | null;
}

async function levelsOf(db: Database, kind: 'actor' | 'tie', ids: string[], from: number, to: number): Promise<Map<string, Levels>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read(changeLevels, { kind, ids, from, to });
  return new Map(
    rows.map((row) => {
      const highest = row.levels.reduce((top, level) => (rank(level) > rank(top) ? level : top), 'public');
      return [row.id, { level: highest as Sensitivity, name: row.names[0] ?? null }];
    }),
  );
}

/** Reads the levels of every record the diff names and returns the printer for this scope's profile. */
export async function changeNameBook(
  db: Database,
  scope: BriefingScope,
  diff: Diff,
  language: BriefingLanguage = briefingLanguage('en'),
): Promise<NameBook> {
  const { change: T, common: COMMON_TEXT } = language.text;
  const from = Date.parse(diff.from);
  const to = Date.parse(diff.to);
  const candidates = new Set<string>();
  stringsOf(diff, candidates);
  const tieIds = [...diff.ties.added, ...diff.ties.removed, ...diff.ties.changed].map((tie) => tie.id);
  const [actors, ties] = await Promise.all([levelsOf(db, 'actor', [...candidates], from, to), levelsOf(db, 'tie', tieIds, from, to)]);
  // The actors the requester may see: today (the scope), or at the diff's ends (its own lists, named
  // changes and tie ends, all judged by the diff). An id of another section resolves to a name only
  // if it is one of these: a section that let a hidden id through must not get its name from here.
  const trusted = new Set<string>([
    ...[...diff.actors.added, ...diff.actors.removed, ...diff.actors.changed].map((actor) => actor.id),
    ...[...diff.ties.added, ...diff.ties.removed, ...diff.ties.changed].flatMap((tie) => [tie.sourceId, tie.targetId]),
    ...diff.named.newConflictPartyTies.flatMap((tie) => [tie.actorId, tie.partyId]),
    ...[...diff.named.stanceShifts, ...diff.named.doNoHarmShifts, ...diff.named.influenceMoves].map((actor) => actor.id),
  ]);
  for (const id of candidates) if (scope.actor(id)) trusted.add(id);
  const ceiling = scope.profile === 'full' ? Infinity : rank(scope.profile === 'internal' ? 'internal' : 'public');
  const salt = randomBytes(16);
  const pseudonyms = new Map<string, string>();
  for (const [id, entry] of actors) {
    if (rank(entry.level) > ceiling)
      pseudonyms.set(id, T.pseudonym(createHash('sha256').update(salt).update(id).digest('hex').slice(0, 8)));
  }
  const areaNames = new Map(scope.graph.areas.map((area) => [area.id, area.name]));
  // The real names to scrub: longest first, so a name containing another is replaced whole.
  const hiddenNames = [...pseudonyms.keys()]
    .flatMap((id) => {
      const name = actors.get(id)?.name;
      return name && name.length >= 3 ? [[name, pseudonyms.get(id)!] as const] : [];
    })
    .sort((a, b) => b[0].length - a[0].length);

  const actor = (id: string, fallback?: string): string | null => {
    const entry = actors.get(id);
    if (!entry) return fallback ?? null;
    if (!trusted.has(id)) return COMMON_TEXT.withheld;
    scope.mark(entry.level);
    return pseudonyms.get(id) ?? entry.name ?? fallback ?? id;
  };
  const withheld = (field: string, ownerId?: string) =>
    (scope.profile !== 'full' && FREE_TEXT.has(field)) || (ownerId !== undefined && pseudonyms.has(ownerId) && IDENTITY.has(field));

  const value = (field: string, raw: unknown, ownerId?: string): string => {
    if (withheld(field, ownerId)) return T.withheldValue;
    // A stance as the interface writes it ("−2 (hostile)"), not the stored number.
    if (field === 'stance' && (typeof raw === 'number' || raw === null)) return language.words.stance(raw);
    if (raw === null || raw === undefined || raw === '') return T.empty;
    if (Array.isArray(raw)) return raw.length === 0 ? T.empty : COMMON_TEXT.list(raw.map((item) => value(field, item)));
    if (typeof raw === 'number') return Number.isInteger(raw) ? COMMON_TEXT.number(raw) : COMMON_TEXT.decimal(raw);
    if (typeof raw === 'boolean') return raw ? COMMON_TEXT.yes : COMMON_TEXT.no;
    if (typeof raw === 'object') {
      return Object.entries(raw as Record<string, unknown>)
        .map(([key, item]) => `${key}: ${value(key, item)}`)
        .join('; ');
    }
    const text = String(raw);
    if (AREA_FIELDS.has(field) && areaNames.has(text)) return areaNames.get(text)!;
    if (actors.has(text)) return actor(text) ?? text;
    return text.replace(/_/g, ' ');
  };

  return {
    actor,
    mark: (level) => scope.mark(level),
    markTie: (id) => {
      const entry = ties.get(id);
      if (entry) scope.mark(entry.level);
    },
    value,
    pseudonymised: (id) => pseudonyms.has(id),
    scrub: (text) => hiddenNames.reduce((out, [name, pseudonym]) => out.split(name).join(pseudonym), text),
  };
}
