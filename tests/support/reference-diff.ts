/**
 * The diff as it was first written (issue 14, before the speed work of server/history/diff.ts):
 * both whole maps read as of each date with the as-of list queries, compared record by record.
 * Slow but plainly right, so tests/integration/diff-equivalence.test.ts holds the fast diff to
 * the same answers. Kept as it was; only the imports point at the server. The coordination
 * sections (referenceCoordination, below) are computed as they were first: both whole maps read
 * by the analyses' own loader, and every record that existed at each end read in full.
 */
import { accessParameters, type Viewer } from '../../server/access/viewer.js';
import { TIE_TYPES, type Diff } from '../../server/contracts/index.js';
import type { Database } from '../../server/db/database.js';
import { pageRank } from '../../server/graph-algorithms/centralities.js';
import { buildCsr, toTieArrays } from '../../server/graph-algorithms/graph-arrays.js';
import { actorPresenterFor } from '../../server/presenters/actor.js';
import { fieldAccess } from '../../server/presenters/field-access.js';
import { tiePresenterFor } from '../../server/presenters/tie.js';
import type { RoundStore } from '../../server/rounds/round-store.js';
import { loadVisibleGraph } from '../../server/analyses/visible-graph.js';
import { coordinationDiff, type ExistenceChanges } from '../../server/history/diff-coordination.js';
import { testNeo4j } from './test-neo4j.js';

type Rec = Record<string, unknown>;

/** Fields that change with every write and say nothing about the actor or tie. */
const NOT_CHANGES = new Set(['createdAt', 'updatedAt']);
const ALL = 1_000_000;
const INFLUENCE_MOVES = 5;

interface Side {
  actors: Map<string, Rec>;
  ties: Map<string, Rec>;
  existingActors: Set<string>;
  existingTies: Set<string>;
}

export function createReferenceDiffService(
  db: Database,
  rounds: RoundStore,
): { diff(from: string, to: string, viewer: Viewer): Promise<Diff> } {
  async function side(at: number, viewer: Viewer): Promise<Side> {
    const fields = fieldAccess(viewer);
    const access = accessParameters(viewer);
    const filters = { kinds: null, subtypes: null, areas: null, text: null };
    const [actors] = await db.read('history/asof-list-actors', { at, access, fields, ...filters, limit: ALL, offset: 0 });
    const [ties] = await db.read('history/asof-list-ties', {
      at,
      access,
      fields,
      types: [...TIE_TYPES],
      actorId: null,
      limit: ALL,
      offset: 0,
    });
    const [ids] = await db.read('history/asof-record-ids', { at });
    const presentActor = actorPresenterFor(fields) as (stored: Rec) => Rec;
    const presentTie = tiePresenterFor(fields) as (stored: Rec) => Rec;
    return {
      actors: new Map(((actors?.items as Rec[]) ?? []).map(presentActor).map((actor) => [String(actor.id), actor])),
      ties: new Map(((ties?.items as Rec[]) ?? []).map(presentTie).map((tie) => [String(tie.id), tie])),
      existingActors: new Set((ids?.actorIds as string[]) ?? []),
      existingTies: new Set((ids?.tieIds as string[]) ?? []),
    };
  }

  return {
    async diff(fromText, toText, viewer) {
      const fromAt = await rounds.resolveAsOf(fromText, 'query.from');
      const toAt = await rounds.resolveAsOf(toText, 'query.to');
      const [before, after] = await Promise.all([side(fromAt, viewer), side(toAt, viewer)]);
      const actors = compare(before.actors, after.actors, before.existingActors, after.existingActors);
      const ties = compare(before.ties, after.ties, before.existingTies, after.existingTies);
      const actorRef = (actor: Rec) => ({ id: String(actor.id), name: String(actor.name), kind: String(actor.kind) });
      const tieRef = (tie: Rec) => ({
        id: String(tie.id),
        type: String(tie.type),
        sourceId: String(tie.sourceId),
        targetId: String(tie.targetId),
      });
      const fieldOf = (changes: FieldChange[], field: string) => changes.find((change) => change.field === field);
      return {
        from: new Date(fromAt).toISOString(),
        to: new Date(toAt).toISOString(),
        actors: {
          added: actors.added.map(actorRef),
          removed: actors.removed.map(actorRef),
          changed: actors.changed.map(({ record, fields }) => ({ ...actorRef(record), fields })),
        },
        ties: {
          added: ties.added.map(tieRef),
          removed: ties.removed.map(tieRef),
          changed: ties.changed.map(({ record, fields }) => ({ ...tieRef(record), fields })),
        },
        named: {
          newConflictPartyTies: newConflictPartyTies(ties.added, after.actors, before.ties).map(({ tie, actor, party }) => ({
            ...tieRef(tie),
            actorId: String(actor.id),
            actorName: String(actor.name),
            partyId: String(party.id),
            partyName: String(party.name),
          })),
          stanceShifts: actors.changed.flatMap(({ record, fields }) => {
            const stance = fieldOf(fields, 'stance');
            return stance
              ? [
                  {
                    id: String(record.id),
                    name: String(record.name),
                    before: stance.before as number | null,
                    after: stance.after as number | null,
                  },
                ]
              : [];
          }),
          doNoHarmShifts: actors.changed.flatMap(({ record, fields }) => {
            const role = fieldOf(fields, 'doNoHarmRole');
            return role
              ? [{ id: String(record.id), name: String(record.name), before: String(role.before), after: String(role.after) }]
              : [];
          }),
          influenceMoves: influenceMoves(before, after),
        },
      };
    },
  };
}

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function compare(before: Map<string, Rec>, after: Map<string, Rec>, existedBefore: Set<string>, existsAfter: Set<string>) {
  // Added: visible now and absent then (not merely hidden then); removed: the other way round.
  const added = [...after.values()].filter((record) => !existedBefore.has(String(record.id)));
  const removed = [...before.values()].filter((record) => !existsAfter.has(String(record.id)));
  const changed: { record: Rec; fields: FieldChange[] }[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) continue;
    const fields = Object.keys(now)
      .filter((field) => !NOT_CHANGES.has(field) && JSON.stringify(now[field]) !== JSON.stringify(then[field]))
      .map((field) => ({ field, before: then[field] ?? null, after: now[field] ?? null }));
    if (fields.length > 0) changed.push({ record: now, fields });
  }
  const byId = (a: Rec, b: Rec) => String(a.id).localeCompare(String(b.id));
  return { added: added.sort(byId), removed: removed.sort(byId), changed: changed.sort((a, b) => byId(a.record, b.record)) };
}

/** Added ties (or retyped ones) with a party to the conflict at one end, whom the other end was not tied to before. */
function newConflictPartyTies(added: Rec[], actors: Map<string, Rec>, tiesBefore: Map<string, Rec>) {
  const linkedBefore = new Set([...tiesBefore.values()].map((tie) => [tie.sourceId, tie.targetId].sort().join('|')));
  return added.flatMap((tie) => {
    const source = actors.get(String(tie.sourceId));
    const target = actors.get(String(tie.targetId));
    if (!source || !target || linkedBefore.has([tie.sourceId, tie.targetId].sort().join('|'))) return [];
    if (target.kind === 'conflict_party' && source.kind !== 'conflict_party') return [{ tie, actor: source, party: target }];
    if (source.kind === 'conflict_party') return [{ tie, actor: target, party: source }];
    return [];
  });
}

/** Influence rank (PageRank over the visible ties, 1 = most central) at each end; the actors that moved most. */
function influenceMoves(before: Side, after: Side) {
  const ranks = (side: Side) => {
    const ids = [...side.actors.keys()];
    const ties = [...side.ties.values()].map((tie) => ({
      sourceId: String(tie.sourceId),
      targetId: String(tie.targetId),
      directed: tie.directed === true,
      strength: Number(tie.strength ?? 2),
    }));
    const scores = pageRank(buildCsr(toTieArrays(ids, ties), true));
    const order = ids.map((id, index) => ({ id, score: scores[index] ?? 0 })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return new Map(order.map((entry, index) => [entry.id, index + 1]));
  };
  const rankBefore = ranks(before);
  const rankAfter = ranks(after);
  return [...rankAfter.entries()]
    .filter(([id]) => rankBefore.has(id))
    .map(([id, rank]) => ({ id, name: String(after.actors.get(id)?.name), rankBefore: rankBefore.get(id)!, rankAfter: rank }))
    .filter((move) => move.rankBefore !== move.rankAfter)
    .sort((a, b) => Math.abs(b.rankAfter - b.rankBefore) - Math.abs(a.rankAfter - a.rankBefore) || a.id.localeCompare(b.id))
    .slice(0, INFLUENCE_MOVES);
}

/** Every record of each kind that existed at `at`, whoever may see it (test-only Cypher, its own driver). */
async function everyRecordAt(at: number): Promise<Record<'actor' | 'tie' | 'role' | 'engagement', string[]>> {
  const { default: neo4j } = await import('neo4j-driver');
  const settings = testNeo4j();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const { records } = await driver.executeQuery(
      `MATCH (v:Version) WHERE v.versionTo > $at AND v.versionFrom <= $at RETURN v.recordKind AS kind, collect(v.recordId) AS ids`,
      { at },
    );
    const of = (kind: string) => (records.find((record) => record.get('kind') === kind)?.get('ids') as string[] | undefined) ?? [];
    return { actor: of('actor'), tie: of('tie'), role: of('role'), engagement: of('engagement') };
  } finally {
    await driver.close();
  }
}

/** The coordination sections as first computed: both whole maps, and every record of both ends. */
export async function referenceCoordination(db: Database, rounds: RoundStore, from: string, to: string, viewer: Viewer) {
  const fromAt = await rounds.resolveAsOf(from, 'query.from');
  const toAt = await rounds.resolveAsOf(to, 'query.to');
  const [before, after, atFrom, atTo] = await Promise.all([
    loadVisibleGraph(db, { asOf: fromAt }, viewer),
    loadVisibleGraph(db, { asOf: toAt }, viewer),
    everyRecordAt(fromAt),
    everyRecordAt(toAt),
  ]);
  // Every record counts as possibly changed: whether it existed is then read from the full lists.
  const kinds = ['actor', 'tie', 'role', 'engagement'] as const;
  const existence = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      { changed: new Set([...atFrom[kind], ...atTo[kind]]), before: new Set(atFrom[kind]), after: new Set(atTo[kind]) },
    ]),
  ) as ExistenceChanges;
  return coordinationDiff(db, fromAt, toAt, viewer, { before, after }, existence);
}
