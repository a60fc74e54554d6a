/**
 * Export profiles applied to the records an export holds, before any writer sees them.
 * - full: what the exporter may see, untouched.
 * - internal: actors and ties above `internal` are pseudonymised (a stable "Actor 3f9c2a1b" in
 *   place of the name, no acronym, aliases, original-script name or external ids); free text (descriptions, needs, tie sources,
 *   engagement summaries, follow-up actions, lead or support roles' notes and rounds'
 *   descriptions) is stripped from every record.
 * - shareable: only public actors, public ties between them and public engagements; free text
 *   stripped, and who signed off each round (a staff member's name) left out.
 * Below `full`, a tie's or an actor's evidence grade is the one its sources at the profile's level give (the
 * grades are kept per clearance): sources and claims never leave, and neither does their weight.
 * In every profile a coordination mechanism or an engagement left with no exported member or
 * participant is dropped, id and all: its existence alone would say who meets.
 * Pseudonyms are keyed by a per-export salt, so two exports cannot be joined on them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SENSITIVITY_LEVELS, type ExportProfile, type Sensitivity } from '../contracts/index.js';
import { evidenceAt, type ExportActor, type ExportGraph, type ExportTie } from './export-graph.js';

const rank = (level: Sensitivity) => SENSITIVITY_LEVELS.indexOf(level);

export function redactExport(graph: ExportGraph, profile: ExportProfile): ExportGraph {
  if (profile === 'full') return graph;
  const salt = randomBytes(16);
  const pseudonym = (id: string) => createHash('sha256').update(salt).update(id).digest('hex').slice(0, 8);
  const ceiling = profile === 'internal' ? rank('internal') : rank('public');

  const keptActors = profile === 'shareable' ? graph.actors.filter((actor) => rank(actor.sensitivity) <= ceiling) : graph.actors;
  const kept = new Set(keptActors.map((actor) => actor.id));
  const renamed = new Map<string, string>();
  for (const actor of keptActors) if (rank(actor.sensitivity) > ceiling) renamed.set(actor.id, `p-${pseudonym(actor.id)}`);
  const idOf = (id: string) => renamed.get(id) ?? id;

  const actors = keptActors.map((actor): ExportActor => {
    // An actor's grade too is the one the audience's own sources give (its attribute claims).
    const stripped = { ...actor, description: '', needs: [], ...evidenceAt(actor.evidenceByLevel, ceiling) };
    if (!renamed.has(actor.id)) return stripped;
    const id = idOf(actor.id);
    return {
      ...stripped,
      id,
      name: `Actor ${id.slice(2)}`,
      acronym: null,
      aliases: [],
      originalName: null,
      externalIds: [],
      reviewBy: null,
    };
  });
  const ties = graph.ties
    .filter((tie) => kept.has(tie.sourceId) && kept.has(tie.targetId) && (profile !== 'shareable' || rank(tie.sensitivity) <= ceiling))
    .map((tie): ExportTie => ({
      ...tie,
      id: rank(tie.sensitivity) > ceiling ? `p-${pseudonym(tie.id)}` : tie.id,
      sourceId: idOf(tie.sourceId),
      targetId: idOf(tie.targetId),
      source: '',
      description: '',
      // The grade the audience's own sources would give: a confidential informant does not make a tie "corroborated" in an internal export.
      ...evidenceAt(tie.evidenceByLevel, ceiling),
    }));
  const keep = <T extends { actorId: string }>(rows: T[]) =>
    rows.filter((row) => kept.has(row.actorId)).map((row) => ({ ...row, actorId: idOf(row.actorId) }));
  return {
    ...graph,
    actors,
    ties,
    // A role's note is free text, stripped like the others.
    outputRoles: keep(graph.outputRoles).map(({ note: _note, ...role }) => role),
    outputStances: keep(graph.outputStances),
    mechanisms: graph.mechanisms
      .map(({ chairId, ...m }) => ({
        ...m,
        memberIds: m.memberIds.filter((id) => kept.has(id)).map(idOf),
        ...(chairId && kept.has(chairId) ? { chairId: idOf(chairId) } : {}),
      }))
      .filter((m) => m.memberIds.length > 0),
    engagements: graph.engagements
      .filter((e) => kept.has(e.sectionId) && e.actorIds.some((id) => kept.has(id)))
      .filter((e) => profile !== 'shareable' || rank(e.sensitivity) <= ceiling)
      .map((e) => ({
        ...e,
        summary: '',
        followUps: [],
        actorIds: e.actorIds.filter((id) => kept.has(id)).map(idOf),
        sectionId: idOf(e.sectionId),
      })),
    rounds: graph.rounds.map((round) => ({
      ...round,
      description: '',
      signedOffBy: profile === 'shareable' ? null : (round.signedOffBy ?? null),
    })),
  };
}
