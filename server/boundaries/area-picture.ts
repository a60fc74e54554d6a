/**
 * GET /api/areas/picture: what the map view colours, per admin area, counted only from what the
 * viewer may see. Every layer reads through the analyses' own entry points, so need-to-know is
 * the one rule they already apply: actors and ties from loadVisibleGraph, engagements from
 * loadEngagements (@visibleEngagement), coordination from analyseCoordination. A hidden actor,
 * tie or meeting adds nothing to any count or arc, so no area's number reveals it.
 *
 * With `asOf` (epoch milliseconds, resolved by the route) every layer reads the record as it was
 * then through the same entry points (the visible graph, engagements, roles and mechanisms as of
 * that date), as the analyses do.
 *
 * Arcs join the areas where a tie's two ends are based (an actor based in two areas counts in
 * both); a tie inside one area draws no arc.
 */
import type { Viewer } from '../access/viewer.js';
import type { AreaPicture, AreaPictureQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { analyseCoordination } from '../analyses/coordination.js';
import { loadEngagements } from '../analyses/engagement-data.js';
import { loadVisibleGraph, type VisibleGraph } from '../analyses/visible-graph.js';

type AreaCounts = AreaPicture['areas'][number];

function blank(areaId: string): AreaCounts {
  return { areaId, based: 0, active: 0, byKind: {}, engagements: 0, coverage: null, leads: [] };
}

export async function readAreaPicture(db: Database, query: AreaPictureQuery, viewer: Viewer, asOf?: number): Promise<AreaPicture> {
  const picture: AreaPicture = { layer: query.layer, areas: [], arcs: [], outputs: [], output: null };
  const areas = new Map<string, AreaCounts>();
  const at = (areaId: string) => areas.get(areaId) ?? areas.set(areaId, blank(areaId)).get(areaId)!;
  if (query.layer === 'coordination') {
    const result = await analyseCoordination(db, { output: query.output, scope: 'all', evidence: 'all' }, viewer, { asOf });
    picture.outputs = result.outputs.map(({ id, title }) => ({ id, title }));
    picture.output = query.output ?? picture.outputs[0]?.id ?? null;
    for (const cell of result.cells.filter((cell) => cell.outputId === picture.output)) {
      const counts = at(cell.areaId);
      counts.coverage = cell.flags.includes('gap')
        ? 'gap'
        : cell.flags.includes('overlap')
          ? 'overlap'
          : cell.flags.includes('fragile')
            ? 'fragile'
            : 'covered';
      counts.leads = cell.leads.map((lead) => lead.name);
    }
  } else {
    const graph = await loadVisibleGraph(db, { tieTypes: query.layer === 'ties' ? query.tieTypes : undefined, asOf }, viewer);
    if (query.layer === 'actors') countActors(graph, at);
    if (query.layer === 'ties') picture.arcs = arcsBetweenAreas(graph, query);
    if (query.layer === 'engagements') {
      for (const engagement of await loadEngagements(db, graph, query.from ?? null, query.to ?? null, viewer))
        if (engagement.areaId) at(engagement.areaId).engagements += 1;
    }
  }
  picture.areas = [...areas.values()].sort((a, b) => (a.areaId < b.areaId ? -1 : 1));
  return picture;
}

function countActors(graph: VisibleGraph, at: (areaId: string) => AreaCounts): void {
  for (const actor of graph.actors) {
    const based = new Set(actor.basedIn);
    for (const areaId of new Set([...actor.basedIn, ...actor.activeIn])) {
      const counts = at(areaId);
      if (based.has(areaId)) counts.based += 1;
      else counts.active += 1;
      counts.byKind[actor.kind] = (counts.byKind[actor.kind] ?? 0) + 1;
    }
  }
}

function arcsBetweenAreas(graph: VisibleGraph, query: AreaPictureQuery): AreaPicture['arcs'] {
  const arcs = new Map<string, AreaPicture['arcs'][number]>();
  for (const tie of graph.ties) {
    const source = graph.byId.get(tie.sourceId);
    const target = graph.byId.get(tie.targetId);
    if (!source || !target) continue;
    if (query.endKind && source.kind !== query.endKind && target.kind !== query.endKind) continue;
    for (const a of new Set(source.basedIn))
      for (const b of new Set(target.basedIn)) {
        if (a === b) continue;
        const [from, to] = a < b ? [a, b] : [b, a];
        const key = `${from}\u0000${to}`;
        const arc = arcs.get(key) ?? { from, to, count: 0, byType: {} };
        arc.count += 1;
        arc.byType[tie.type] = (arc.byType[tie.type] ?? 0) + 1;
        arcs.set(key, arc);
      }
  }
  return [...arcs.values()].sort((x, y) => y.count - x.count || (x.from + x.to < y.from + y.to ? -1 : 1));
}
