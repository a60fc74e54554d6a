/**
 * Links the actors an import names to the actors already in the map, before any id is given:
 * a row whose organisation equals a visible actor's name, acronym or alias once case, accents,
 * apostrophes and spaces are folded ("UNHCR", "Unicef", "UN Women"/"UNWOMEN", "United Nations
 * Children's Fund"/"…Children’s Fund") is that actor, not a new one; so is a row carrying one of
 * its external ids (IATI, OECD CRS, ACLED...). A person may overrule any of it ("same as ...", or
 * "new") by the row's key. Rows of the file that share a name but carry different external ids
 * are never joined by name. Only actors the importer may see are ever candidates (the list comes
 * from import/existing-records, which applies @visibleActor), so a hidden actor is never matched
 * and nothing says it exists.
 *
 * Pure: the plan is changed in place (matched actors take the existing id, several rows of one
 * existing actor become one record) and the report's lines are returned.
 */
import type { ActorMatch, ExternalId, ImportProblem } from '../contracts/index.js';
import { externalIdKey } from '../services/external-ids.js';
import { isProvisional, provisionalKey, type ImportPlan } from './import-plan.js';
import { because } from './import-errors.js';

/** An actor the importer may see, with every name it is known by. */
export interface MatchableActor {
  id: string;
  name: string;
  acronym?: string | null | undefined;
  aliases?: readonly string[] | null | undefined;
  externalIds?: readonly ExternalId[] | null | undefined;
}

/** The identity of a name: case, accents, apostrophes (' ’ ʼ ‘) and spaces folded away. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`´\s]+/gu, '');
}

type MatchedBy = NonNullable<ActorMatch['by']>;
const RANK: Record<MatchedBy, number> = { person: 0, externalId: 1, name: 2, acronym: 3, alias: 4, variants: 5 };

interface Candidate {
  actor: MatchableActor;
  by: MatchedBy;
}

/** Folded name, acronym and alias -> the visible actors known by it, best reason first. */
function indexOf(visible: readonly MatchableActor[]) {
  const byKey = new Map<string, Candidate[]>();
  const byExternalId = new Map<string, MatchableActor>();
  const add = (key: string, candidate: Candidate) => {
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    if (!list.some((known) => known.actor.id === candidate.actor.id)) list.push(candidate);
    byKey.set(key, list);
  };
  const sorted = [...visible].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [by, names] of [
    ['name', (a: MatchableActor) => [a.name]],
    ['acronym', (a: MatchableActor) => (a.acronym ? [a.acronym] : [])],
    ['alias', (a: MatchableActor) => a.aliases ?? []],
  ] as const) {
    for (const actor of sorted) for (const name of names(actor)) add(foldName(name), { actor, by });
  }
  for (const actor of sorted)
    for (const id of actor.externalIds ?? []) if (!byExternalId.has(externalIdKey(id))) byExternalId.set(externalIdKey(id), actor);
  return { byKey, byExternalId, byId: new Map(sorted.map((actor) => [actor.id, actor])) };
}

/** Another external id of the same scheme: the two cannot be the same actor. */
function conflictingIds(a: readonly ExternalId[], b: readonly ExternalId[] | null | undefined): boolean {
  return a.some((mine) =>
    (b ?? []).some((theirs) => theirs.scheme.toLowerCase() === mine.scheme.toLowerCase() && theirs.value.trim() !== mine.value.trim()),
  );
}

/** "OIM / IOM": every variant names the same visible actor. */
function variantsMatch(name: string, byKey: Map<string, Candidate[]>): MatchableActor | null {
  const parts = name
    .split('/')
    .map((part) => foldName(part))
    .filter(Boolean);
  if (parts.length < 2) return null;
  const first = byKey.get(parts[0] as string)?.[0]?.actor;
  return first && parts.every((part) => byKey.get(part)?.some((candidate) => candidate.actor.id === first.id)) ? first : null;
}

/** The person's choices: the row's key -> an existing actor's id, or "new". */
export type MatchChoices = Readonly<Record<string, string>>;

export interface MatchOutcome {
  matches: ActorMatch[];
  problems: ImportProblem[];
}

const unique = <T>(values: T[], key: (value: T) => string) => [...new Map(values.map((value) => [key(value), value])).values()];

/**
 * The note of a row that other visible actors are named like: built when matching and again when
 * a stored report is read (import-jobs.ts), which keeps only their ids.
 */
export function alsoNamedNote(others: readonly { id: string; name: string }[]): string {
  return `also named so: ${others.map((other) => `"${other.name}" (${other.id})`).join(', ')}; choose "same as" to pick another`;
}

/**
 * Matches the plan's provisional actors (tables, workbooks without ids) in place; actors the
 * file gave an id keep it. `keptApart` holds the keys of rows the reader kept apart by id.
 */
export function matchPlanActors(plan: ImportPlan, visible: readonly MatchableActor[], choices: MatchChoices = {}): MatchOutcome {
  const { byKey, byExternalId, byId } = indexOf(visible);
  const problems: ImportProblem[] = [];
  const matches: ActorMatch[] = [];
  const renamed = new Map<string, string>();
  const keptApart = new Set(plan.keptApart ?? []);
  for (const actor of plan.actors) {
    if (!isProvisional(actor.id)) continue;
    const key = provisionalKey(actor.id);
    const origin = plan.origins[`actor:${actor.id}`];
    const at = { line: origin?.line ?? null, column: origin?.column ?? null, sheet: origin?.sheet ?? null };
    const externalIds = actor.externalIds ?? [];
    const choice = choices[key];
    let found: Candidate | null = null;
    let note: string | null = null;
    let alsoNamed: { id: string; name: string }[] = [];
    if (choice === 'new') {
      note = 'kept as a new actor, as you chose';
    } else if (choice !== undefined) {
      const chosen = byId.get(choice);
      // Hidden and absent ids read the same: the importer learns nothing about hidden actors.
      if (chosen) found = { actor: chosen, by: 'person' };
      else
        problems.push({
          ...at,
          ...because(
            `"same as" names no actor you can see (id "${choice.slice(0, 80)}"); choose another or "new"`,
            'import.same_as_unknown',
            {
              id: choice.slice(0, 80),
            },
          ),
        });
    }
    if (!found && choice === undefined) {
      const byExternal = externalIds.map((id) => byExternalId.get(externalIdKey(id))).find(Boolean);
      if (byExternal) found = { actor: byExternal, by: 'externalId' };
    }
    if (!found && choice === undefined && !keptApart.has(key)) {
      const exact = visible.filter((other) => other.name === actor.name).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
      const named: Candidate[] = exact ? [{ actor: exact, by: 'name' }] : [];
      const candidates = named
        .concat(byKey.get(foldName(actor.name)) ?? [])
        .filter((candidate) => !conflictingIds(externalIds, candidate.actor.externalIds))
        .sort((a, b) => RANK[a.by] - RANK[b.by]);
      const others = unique(candidates, (candidate) => candidate.actor.id);
      found = others[0] ?? null;
      if (others.length > 1) {
        alsoNamed = others.slice(1, 4).map((other) => other.actor);
        note = alsoNamedNote(alsoNamed);
      }
      if (!found) {
        const variant = variantsMatch(actor.name, byKey);
        if (variant && !conflictingIds(externalIds, variant.externalIds)) found = { actor: variant, by: 'variants' };
      }
    }
    if (keptApart.has(key)) note = 'other rows share this name with other external ids: kept apart';
    matches.push({
      key,
      name: actor.name,
      line: at.line,
      status: found ? 'matched' : 'created',
      id: found?.actor.id ?? null,
      existingName: found?.actor.name ?? null,
      by: found?.by ?? null,
      note,
      ...(alsoNamed.length > 0 ? { alsoNamedIds: alsoNamed.map((other) => other.id) } : {}),
    });
    if (found) {
      renamed.set(actor.id, found.actor.id);
      adoptExisting(plan, actor, found.actor);
    }
  }
  mergeRenamed(plan, renamed);
  return { matches, problems };
}

/**
 * A matched row keeps the map's name and acronym (a 3W's "UNHCR" does not rename the Office of
 * the High Commissioner), and adds its other names and external ids to those the actor has.
 */
function adoptExisting(plan: ImportPlan, actor: ImportPlan['actors'][number], existing: MatchableActor): void {
  const key = `actor:${actor.id}`;
  const origin = plan.origins[key];
  const known = new Set([existing.name, existing.acronym ?? '', ...(existing.aliases ?? [])].map(foldName));
  const rowNames = [actor.name, actor.acronym ?? '', ...(actor.aliases ?? [])].filter((name) => name && !known.has(foldName(name)));
  const aliases = unique([...(existing.aliases ?? []), ...rowNames], foldName).slice(0, 20);
  const externalIds = unique([...(existing.externalIds ?? []), ...(actor.externalIds ?? [])], externalIdKey).slice(0, 20);
  Object.assign(actor, { name: existing.name, aliases, externalIds, ...(existing.acronym ? { acronym: existing.acronym } : {}) });
  if (origin && origin.given !== 'all') {
    const given = origin.given.filter(
      (field) => field !== 'name' && field !== 'aliases' && field !== 'externalIds' && !(field === 'acronym' && existing.acronym),
    );
    if (rowNames.length > 0) given.push('aliases');
    if (externalIds.length > (existing.externalIds ?? []).length) given.push('externalIds');
    plan.origins[key] = { ...origin, given };
  }
}

/** Gives matched actors their existing id; rows that matched the same actor become one record. */
function mergeRenamed(plan: ImportPlan, renamed: Map<string, string>): void {
  if (renamed.size === 0) return;
  const idOf = (id: string) => renamed.get(id) ?? id;
  const kept = new Map<string, ImportPlan['actors'][number]>();
  const origins: ImportPlan['origins'] = {};
  for (const [key, origin] of Object.entries(plan.origins))
    origins[key.startsWith('actor:') ? `actor:${idOf(key.slice(6))}` : key] ??= origin;
  for (const actor of plan.actors) {
    const id = idOf(actor.id);
    const first = kept.get(id);
    if (!first) {
      kept.set(id, Object.assign(actor, { id }));
      continue;
    }
    // The same existing actor named twice ("IOM", "OIM / IOM"): one record, all its places and names.
    first.activeIn = [...new Set([...first.activeIn, ...actor.activeIn])].sort();
    first.basedIn = [...new Set([...first.basedIn, ...actor.basedIn])].sort();
    first.aliases = unique([...first.aliases, ...actor.aliases], foldName).slice(0, 20);
    const firstOrigin = origins[`actor:${id}`];
    const otherOrigin = plan.origins[`actor:${actor.id}`];
    if (firstOrigin && otherOrigin && firstOrigin.given !== 'all' && otherOrigin.given !== 'all') {
      origins[`actor:${id}`] = { ...firstOrigin, given: [...new Set([...firstOrigin.given, ...otherOrigin.given])] };
    }
  }
  plan.actors = [...kept.values()];
  plan.origins = origins;
  for (const tie of plan.ties) Object.assign(tie, { sourceId: idOf(tie.sourceId), targetId: idOf(tie.targetId) });
  plan.ties = plan.ties.filter((tie) => tie.sourceId !== tie.targetId);
  plan.outputStances = unique(
    plan.outputStances.map((stance) => ({ ...stance, actorId: idOf(stance.actorId) })),
    (stance) => `${stance.actorId} ${stance.targetId} ${stance.stance}`,
  );
}
