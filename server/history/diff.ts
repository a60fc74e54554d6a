/**
 * What changed between two dates (issue 14): the records that may differ (a version of theirs
 * begins or ends between the two dates, or, for a tie, one of its ends is judged differently at
 * the two dates) read as of each end with need to know judged at each end, compared record by
 * record and field by field, and the changes that matter named as such. Every other record holds
 * the same version at both dates, so it is neither read in full nor compared: a diff costs what
 * changed, plus one lean read of the map at the `from` end for the influence ranks and the
 * coordination sections (the `to` end's map is that one with the changed records swapped in:
 * server/history/diff-graph.ts).
 * A record the caller may see at one end only, while it exists at both, is left out altogether:
 * calling it added or removed would tell them it changed.
 */
import { accessParameters, type Viewer } from '../access/viewer.js';
import { TIE_TYPES, type Diff } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { actorPresenterFor } from '../presenters/actor.js';
import { fieldAccess } from '../presenters/field-access.js';
import { tiePresenterFor } from '../presenters/tie.js';
import type { RoundStore } from '../rounds/round-store.js';
import { coordinationDiff, existenceChanges } from './diff-coordination.js';
import { endWith, influenceMoves, readDiffEnd, structureChanged, type ChangedSide, type DiffEnd } from './diff-graph.js';
import { toActor, toTie } from '../analyses/visible-graph.js';
import { asOfChangedIds, asOfDiffActors, asOfDiffTies, type DiffActorRow, type DiffTieRow } from '../queries/history.js';

type Rec = Record<string, unknown>;

/** Fields that change with every write and say nothing about the actor or tie. */
const NOT_CHANGES = new Set(['createdAt', 'updatedAt']);

export interface DiffService {
  diff(from: string, to: string, viewer: Viewer): Promise<Diff>;
}

export function createDiffService(db: Database, rounds: RoundStore): DiffService {
  /** The records of `ids` as of `at`, as the viewer may see them then. */
  async function side(at: number, ids: { actorIds: string[]; tieIds: string[] }, viewer: Viewer): Promise<ChangedSide> {
    const fields = fieldAccess(viewer);
    const access = accessParameters(viewer);
    const [actorRows, tieRows]: [DiffActorRow[], DiffTieRow[]] = await Promise.all([
      ids.actorIds.length > 0 ? db.read(asOfDiffActors, { at, ids: ids.actorIds, access, fields }) : [],
      ids.tieIds.length > 0 ? db.read(asOfDiffTies, { at, ids: ids.tieIds, access, fields, types: [...TIE_TYPES] }) : [],
    ]);
    const presentActor = actorPresenterFor(fields) as (stored: Rec) => Rec;
    const presentTie = tiePresenterFor(fields) as (stored: Rec) => Rec;
    const visibleActors = actorRows.filter(visibleActor);
    const visibleTies = tieRows.filter(visibleTie);
    return {
      actors: new Map(visibleActors.map((row) => [row.id, presentActor(row.item)])),
      ties: new Map(visibleTies.map((row) => [row.id, presentTie(row.item)])),
      analysisActors: new Map(visibleActors.map((row) => [row.id, toActor(row.analysis)])),
      analysisTies: new Map(visibleTies.map((row) => [row.id, toTie(row.analysis)])),
      existingActors: new Set(actorRows.map((row) => row.id)),
      existingTies: new Set(tieRows.map((row) => row.id)),
      // A version without a name sorts as "null", as it always has.
      actorSortKeys: new Map(visibleActors.map((row) => [row.id, String(row.sortKey)])),
    };
  }

  return {
    async diff(fromText, toText, viewer) {
      const fromAt = await rounds.resolveAsOf(fromText, 'query.from');
      const toAt = await rounds.resolveAsOf(toText, 'query.to');
      const access = accessParameters(viewer);
      // The changed records at both ends and the whole map at the `from` end, read side by side.
      const changedSides = db
        .read(asOfChangedIds, { lo: Math.min(fromAt, toAt), hi: Math.max(fromAt, toAt), access })
        .then(([row]): Promise<[ChangedSide, ChangedSide]> => {
          const ids = { actorIds: row?.actorIds ?? [], tieIds: row?.tieIds ?? [] };
          return Promise.all([side(fromAt, ids, viewer), side(toAt, ids, viewer)]);
        });
      const [[before, after], fromEnd, existence] = await Promise.all([
        changedSides,
        readDiffEnd(db, fromAt, access),
        existenceChanges(db, fromAt, toAt),
      ]);
      const toEnd = endWith(fromEnd, before, after, toAt);
      // The coordination sections' reads go on in Neo4j while the rest is computed here.
      const pendingCoordination = coordinationDiff(db, fromAt, toAt, viewer, { before: fromEnd.graph, after: toEnd.graph }, existence);
      pendingCoordination.catch(() => undefined); // awaited below, where a failure surfaces
      // Influence moves only when the visible structure changed: otherwise the ranks are the same
      // at both ends.
      const moves = structureChanged(before, after) ? influenceMoves(fromEnd, toEnd) : [];
      const actors = compare(before.actors, after.actors, before.existingActors, after.existingActors);
      const ties = compare(before.ties, after.ties, before.existingTies, after.existingTies);
      const coordination = await pendingCoordination;
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
          newConflictPartyTies: newConflictPartyTies(ties.added, toEnd, fromEnd).map(({ tie, actor, party }) => ({
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
          influenceMoves: moves,
        },
        ...coordination,
      };
    },
  };
}

/** The rows of records the viewer may see at that date (hidden ones only say the record existed). */
const visibleActor = (row: DiffActorRow): row is Extract<DiffActorRow, { visible: true }> => row.visible;
const visibleTie = (row: DiffTieRow): row is Extract<DiffTieRow, { visible: true }> => row.visible;

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
function newConflictPartyTies(added: Rec[], after: DiffEnd, before: DiffEnd) {
  const linkedBefore = new Set(before.graph.ties.map((tie) => [tie.sourceId, tie.targetId].sort().join('|')));
  return added.flatMap((tie) => {
    const source = after.graph.byId.get(String(tie.sourceId));
    const target = after.graph.byId.get(String(tie.targetId));
    if (!source || !target || linkedBefore.has([String(tie.sourceId), String(tie.targetId)].sort().join('|'))) return [];
    if (target.kind === 'conflict_party' && source.kind !== 'conflict_party') return [{ tie, actor: source, party: target }];
    if (source.kind === 'conflict_party') return [{ tie, actor: target, party: source }];
    return [];
  });
}
