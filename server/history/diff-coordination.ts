/**
 * The diff's coordination and engagement sections (issue 14): lead and support roles added and
 * removed, engagements added and removed, coordination gaps opened and closed, and the engagement
 * share by area and by side compared, computed by the analyses themselves (server/analyses) on the
 * map as it was at each end (given by the caller: server/history/diff-graph.ts reads one end and
 * derives the other).
 *
 * Need to know at both ends. Each end is the caller's view as it was (the as-of loaders judge each
 * version). A record the caller sees at one end only while it exists at both (raised or lowered
 * in between) would otherwise show as a change; so the actors, ties and engagements in that case
 * are left out of both ends before anything is computed, and nothing counted or listed says they
 * exist: no role of such an actor opens or closes a gap, no participation of theirs moves a share.
 */
import { z } from 'zod';
import type { Viewer } from '../access/viewer.js';
import { coordinationOn } from '../analyses/coordination.js';
import { leansOf, loadEngagements, partyBalance, type EngagementRecord } from '../analyses/engagement-data.js';
import { round } from '../analyses/party-links.js';
import { buildAdjacency } from '../analyses/path-search.js';
import { readAdminAreas } from '../analyses/as-of-reads.js';
import { actorRef, type VisibleGraph } from '../analyses/visible-graph.js';
import type { CoordinationDiff, CoordinationResult, EngagementFieldChange } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { query } from '../db/typed-query.js';

const RECORD_KINDS = ['actor', 'tie', 'role', 'engagement'] as const;
type RecordKind = (typeof RECORD_KINDS)[number];
const ChangedExistenceRowSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  changed: z.array(z.string()),
  atLo: z.array(z.string()),
  atHi: z.array(z.string()),
});
const changedExistence = query<{ lo: number; hi: number }, z.infer<typeof ChangedExistenceRowSchema>>(
  'history/asof-diff-record-ids',
  ChangedExistenceRowSchema,
);

const RoleRowSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  outputId: z.string(),
  role: z.enum(['lead', 'support']),
  areaIds: z.array(z.string()),
});
const rolesAt = query<{ at: number; actorIds: string[] }, z.infer<typeof RoleRowSchema>>('history/asof-diff-roles', RoleRowSchema);

/** Per kind of record, those whose existence may differ between the two ends, and which of them existed at each end. */
export type ExistenceChanges = Record<RecordKind, { changed: Set<string>; before: Set<string>; after: Set<string> }>;

/** The existence changes between `fromAt` and `toAt`, for coordinationDiff; read while the caller reads the map. */
export async function existenceChanges(db: Database, fromAt: number, toAt: number): Promise<ExistenceChanges> {
  const rows = await db.read(changedExistence, { lo: Math.min(fromAt, toAt), hi: Math.max(fromAt, toAt) });
  const of = (kind: RecordKind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    const [atFrom, atTo] = fromAt <= toAt ? [row?.atLo, row?.atHi] : [row?.atHi, row?.atLo];
    return { changed: new Set(row?.changed ?? []), before: new Set(atFrom ?? []), after: new Set(atTo ?? []) };
  };
  return { actor: of('actor'), tie: of('tie'), role: of('role'), engagement: of('engagement') };
}

/** The coordination and engagement sections of the diff between `fromAt` and `toAt` (epoch milliseconds). */
export async function coordinationDiff(
  db: Database,
  fromAt: number,
  toAt: number,
  viewer: Viewer,
  graphs: { before: VisibleGraph; after: VisibleGraph },
  existence: ExistenceChanges,
): Promise<CoordinationDiff> {
  // Whether a record seen at one end existed at the other: a record whose versions neither began
  // nor ended in between existed at both.
  const existed = (kind: RecordKind, end: 'before' | 'after', id: string) =>
    !existence[kind].changed.has(id) || existence[kind][end].has(id);
  // Seen at one end only while existing at both: left out of both ends.
  const oneEndOnly = (kind: RecordKind, seenBefore: Set<string>, seenAfter: Set<string>) => {
    const ids = new Set<string>();
    for (const id of new Set([...seenBefore, ...seenAfter]))
      if (existed(kind, 'before', id) && existed(kind, 'after', id) && seenBefore.has(id) !== seenAfter.has(id)) ids.add(id);
    return ids;
  };
  const actorIdsOf = (graph: VisibleGraph) => new Set(graph.actors.map((actor) => actor.id));
  const tieIdsOf = (graph: VisibleGraph) => new Set(graph.ties.map((tie) => tie.id));
  const hiddenActors = oneEndOnly('actor', actorIdsOf(graphs.before), actorIdsOf(graphs.after));
  const hiddenTies = oneEndOnly('tie', tieIdsOf(graphs.before), tieIdsOf(graphs.after));
  const then = without(graphs.before, hiddenActors, hiddenTies);
  const now = without(graphs.after, hiddenActors, hiddenTies);

  // Every read of both ends at once; engagements the caller sees at one end only are dropped after.
  const [engagementsBefore, engagementsAfter, rolesBefore, rolesAfter, coordinationBefore, coordinationAfter, areasBefore, areasAfter] =
    await Promise.all([
      loadEngagements(db, then, null, null, viewer),
      loadEngagements(db, now, null, null, viewer),
      db.read(rolesAt, { at: fromAt, actorIds: then.actors.map((actor) => actor.id) }),
      db.read(rolesAt, { at: toAt, actorIds: now.actors.map((actor) => actor.id) }),
      // Every area counted at both ends: "where anyone works" moves with the map and would open gaps by itself.
      coordinationOn(db, then, { scope: 'all' }),
      coordinationOn(db, now, { scope: 'all' }),
      db.readTransaction((tx) => readAdminAreas(tx, fromAt)),
      db.readTransaction((tx) => readAdminAreas(tx, toAt)),
    ]);
  const hiddenEngagements = oneEndOnly(
    'engagement',
    new Set(engagementsBefore.map((engagement) => engagement.id)),
    new Set(engagementsAfter.map((engagement) => engagement.id)),
  );
  const keptBefore = engagementsBefore.filter((engagement) => !hiddenEngagements.has(engagement.id));
  const keptAfter = engagementsAfter.filter((engagement) => !hiddenEngagements.has(engagement.id));

  const namesBefore = new Map(areasBefore.map((area) => [area.id, area.name]));
  const namesAfter = new Map(areasAfter.map((area) => [area.id, area.name]));
  const areaNames = new Map([...namesBefore, ...namesAfter]);
  const outputTitles = new Map([...coordinationBefore.outputs, ...coordinationAfter.outputs].map((output) => [output.id, output.title]));
  const roleChange = (graph: VisibleGraph) => (role: z.infer<typeof RoleRowSchema>) => ({
    ...role,
    actorName: graph.byId.get(role.actorId)?.name ?? role.actorId,
    outputTitle: outputTitles.get(role.outputId) ?? role.outputId,
    areaNames: role.areaIds.map((areaId) => areaNames.get(areaId) ?? areaId),
  });
  const engagementChange = (names: Map<string, string>) => (engagement: EngagementRecord) => ({
    id: engagement.id,
    date: engagement.date,
    areaId: engagement.areaId,
    areaName: engagement.areaId === null ? null : (names.get(engagement.areaId) ?? areaNames.get(engagement.areaId) ?? engagement.areaId),
  });
  return {
    roles: {
      added: rolesAfter.filter((role) => !existed('role', 'before', role.id)).map(roleChange(now)),
      removed: rolesBefore.filter((role) => !existed('role', 'after', role.id)).map(roleChange(then)),
    },
    engagements: {
      added: keptAfter.filter((engagement) => !existed('engagement', 'before', engagement.id)).map(engagementChange(namesAfter)),
      removed: keptBefore.filter((engagement) => !existed('engagement', 'after', engagement.id)).map(engagementChange(namesBefore)),
      changed: movedEngagements(keptBefore.map(engagementChange(namesBefore)), keptAfter.map(engagementChange(namesAfter))),
    },
    gaps: { opened: gapsOnlyIn(coordinationAfter, coordinationBefore), closed: gapsOnlyIn(coordinationBefore, coordinationAfter) },
    engagementShare: compareShares(
      { graph: then, engagements: keptBefore, areas: areasBefore },
      { graph: now, engagements: keptAfter, areas: areasAfter },
    ),
  };
}

type EngagementEnd = CoordinationDiff['engagements']['added'][number];

/**
 * Engagements seen at both ends whose admin area or date differ (an engagement moved out of the
 * capital), field by field as the actors' and ties' changes are; by id, as the other lists are.
 * An engagement seen at one end only is added, removed or left out, never here.
 */
function movedEngagements(before: EngagementEnd[], after: EngagementEnd[]): CoordinationDiff['engagements']['changed'] {
  const then = new Map(before.map((engagement) => [engagement.id, engagement]));
  const area = (end: EngagementEnd) => (end.areaId === null ? null : { id: end.areaId, name: end.areaName ?? end.areaId });
  return after
    .flatMap((now) => {
      const old = then.get(now.id);
      if (!old) return [];
      const fields: EngagementFieldChange[] = [];
      if (old.areaId !== now.areaId) fields.push({ field: 'area', before: area(old), after: area(now) });
      if (old.date !== now.date) fields.push({ field: 'date', before: old.date, after: now.date });
      return fields.length > 0 ? [{ ...now, fields }] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The graph without some actors (and their ties) and some ties. */
function without(graph: VisibleGraph, actorIds: Set<string>, tieIds: Set<string>): VisibleGraph {
  const actors = graph.actors.filter((actor) => !actorIds.has(actor.id));
  const ties = graph.ties.filter((tie) => !tieIds.has(tie.id) && !actorIds.has(tie.sourceId) && !actorIds.has(tie.targetId));
  return { actors, ties, byId: new Map(actors.map((actor) => [actor.id, actor])), asOf: graph.asOf ?? null };
}

/** The gaps of `one` that are not gaps of `other`, by output and area. */
function gapsOnlyIn(one: CoordinationResult, other: CoordinationResult): CoordinationDiff['gaps']['opened'] {
  const key = (cell: { outputId: string; areaId: string }) => `${cell.outputId}\u0000${cell.areaId}`;
  const elsewhere = new Set(other.gaps.map(key));
  const titles = new Map(one.outputs.map((output) => [output.id, output.title]));
  const names = new Map(one.areas.map((area) => [area.id, area.name]));
  return one.gaps
    .filter((gap) => !elsewhere.has(key(gap)))
    .map((gap) => ({
      outputId: gap.outputId,
      outputTitle: titles.get(gap.outputId) ?? gap.outputId,
      areaId: gap.areaId,
      areaName: names.get(gap.areaId) ?? gap.areaId,
      explanation: gap.explanation,
    }));
}

interface ShareEnd {
  graph: VisibleGraph;
  engagements: EngagementRecord[];
  areas: Awaited<ReturnType<typeof readAdminAreas>>;
}

/** Engagement share by area (as the engagement analysis counts it) and by side, at both ends. */
function compareShares(before: ShareEnd, after: ShareEnd): CoordinationDiff['engagementShare'] {
  const perArea = (end: ShareEnd) => {
    const counts = new Map<string, number>();
    for (const engagement of end.engagements)
      if (engagement.areaId) counts.set(engagement.areaId, (counts.get(engagement.areaId) ?? 0) + 1);
    return counts;
  };
  const countsBefore = perArea(before);
  const countsAfter = perArea(after);
  const areaInfo = new Map([...before.areas, ...after.areas].map((area) => [area.id, area]));
  const share = (count: number, total: number) => (total > 0 ? round(count / total) : 0);
  const byArea = [...new Set([...countsBefore.keys(), ...countsAfter.keys()])]
    .map((areaId) => {
      const area = areaInfo.get(areaId);
      const then = countsBefore.get(areaId) ?? 0;
      const now = countsAfter.get(areaId) ?? 0;
      return {
        areaId,
        name: area?.name ?? areaId,
        isCapital: area?.isCapital ?? false,
        before: { engagements: then, share: share(then, before.engagements.length) },
        after: { engagements: now, share: share(now, after.engagements.length) },
      };
    })
    // Largest moves first (to the share's six digits, so equal moves fall back to the name).
    .sort(
      (a, b) =>
        round(Math.abs(b.after.share - b.before.share)) - round(Math.abs(a.after.share - a.before.share)) || a.name.localeCompare(b.name),
    );
  const capital = (end: ShareEnd) => {
    if (end.engagements.length === 0) return null;
    const inCapital = end.engagements.filter((engagement) => engagement.areaId && areaInfo.get(engagement.areaId)?.isCapital).length;
    return round(inCapital / end.engagements.length);
  };
  const balance = (end: ShareEnd) => {
    const participants = end.engagements.flatMap((engagement) => engagement.actorIds);
    const parties = end.graph.actors.filter((actor) => actor.kind === 'conflict_party').map(actorRef);
    return partyBalance(parties, leansOf(end.graph, buildAdjacency(end.graph, false), participants), participants);
  };
  const sideBefore = balance(before);
  const sideAfter = balance(after);
  const partyIds = [...new Set([...sideBefore.parties, ...sideAfter.parties].map((party) => party.partyId))];
  const partyOf = (id: string, side: ReturnType<typeof balance>) => side.parties.find((party) => party.partyId === id);
  return {
    engagements: { before: before.engagements.length, after: after.engagements.length },
    capitalShare: { before: capital(before), after: capital(after) },
    byArea,
    bySide: {
      parties: partyIds
        .map((partyId) => {
          const then = partyOf(partyId, sideBefore);
          const now = partyOf(partyId, sideAfter);
          return {
            partyId,
            partyName: now?.partyName ?? then?.partyName ?? partyId,
            before: { participations: then?.participations ?? 0, share: then?.share ?? 0 },
            after: { participations: now?.participations ?? 0, share: now?.share ?? 0 },
          };
        })
        .sort((a, b) => a.partyName.localeCompare(b.partyName)),
      nonAligned: { before: sideBefore.nonAligned, after: sideAfter.nonAligned },
      balanceIndex: { before: sideBefore.balanceIndex, after: sideAfter.balanceIndex },
    },
  };
}
