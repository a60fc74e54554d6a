/**
 * How an actor is tied to the parties to the conflict: shortest paths (never through another
 * party), a signed score per party, and the lean that follows. Shared by the conflict-ties
 * analysis, the do-no-harm check and the party balance of engagements, so all three agree.
 */
import type { ActorPath, PartyLink } from '../contracts/index.js';
import {
  analysisMessage,
  LEAN_STRENGTHS,
  TIE_TYPE_LABELS,
  type ConflictTiesResult,
  type EvidenceGrade,
  type MessageParams,
  type TieType,
} from '../contracts/index.js';
import { GRADE_STRENGTH } from '../evidence/grade-rule.js';
import { enumeratePaths, presentPath, shortestPathTree, tiesBetween, type Adjacency } from './path-search.js';
import { actorRef, type VisibleActor, type VisibleGraph, type VisibleTie } from './visible-graph.js';

type Lean = ConflictTiesResult['actors'][number]['lean'];
type Confidence = VisibleTie['confidence'];

export const CONFIDENCE_WEIGHT: Record<Confidence, number> = { reported: 0.5, corroborated: 0.75, confirmed: 1 };
const CONFIDENCE_ORDER: readonly Confidence[] = ['reported', 'corroborated', 'confirmed'];
/** Ties that show contact rather than alignment count half. */
const CONTACT_TYPES = new Set<string>(['communicates_with', 'mediates_between']);
/** Paths shown per party, and paths examined to find the best one. */
const SHOWN_PATHS = 5;
export const EXAMINED_PATHS = 100;

/** Signed weight of one tie: opposition negative, contact halved, scaled by strength and confidence. */
export function tieWeight(tie: VisibleTie): number {
  const sign = tie.type === 'in_conflict_with' ? -1 : 1;
  return sign * (tie.strength / 3) * CONFIDENCE_WEIGHT[tie.confidence] * (CONTACT_TYPES.has(tie.type) ? 0.5 : 1);
}

/** The tie that speaks for a step: the one of largest weight in absolute value, positive first. */
function stepTie(ties: readonly VisibleTie[]): VisibleTie | undefined {
  return [...ties].sort((a, b) => Math.abs(tieWeight(b)) - Math.abs(tieWeight(a)) || tieWeight(b) - tieWeight(a))[0];
}

/** The weight of a step between two actors: that of the tie stepTie picks among the ties walked between them. */
export function stepWeight(ties: readonly VisibleTie[]): number {
  const tie = stepTie(ties);
  return tie ? tieWeight(tie) : Number.NaN;
}

interface ScoredPath {
  ids: string[];
  score: number;
  confidence: Confidence;
  /** The weakest evidence grade on the path: what the link rests on. */
  weakestEvidence: EvidenceGrade;
  ties: VisibleTie[];
}

function scorePath(adjacency: Adjacency, ids: string[]): ScoredPath {
  const ties = ids.slice(1).map((to, i) => stepTie(tiesBetween(adjacency, ids[i] as string, to)) as VisibleTie);
  const score = ties.reduce((product, tie) => product * tieWeight(tie), 1);
  const confidence = ties.reduce<Confidence>(
    (lowest, tie) => (CONFIDENCE_ORDER.indexOf(tie.confidence) < CONFIDENCE_ORDER.indexOf(lowest) ? tie.confidence : lowest),
    'confirmed',
  );
  const weakestEvidence = ties.reduce<EvidenceGrade>(
    (weakest, tie) => (GRADE_STRENGTH[tie.evidenceGrade] < GRADE_STRENGTH[weakest] ? tie.evidenceGrade : weakest),
    'corroborated',
  );
  return { ids, score, confidence, weakestEvidence, ties };
}

export interface ActorLinks {
  links: PartyLink[];
  /** Best path per party, for evidence sentences. */
  best: Map<string, ScoredPath>;
}

const partiesByGraph = new WeakMap<VisibleGraph, VisibleActor[]>();

/** The graph's parties to the conflict, in its actor order; found once per graph (an analysis asks for every actor). */
function partiesOf(graph: VisibleGraph): VisibleActor[] {
  let parties = partiesByGraph.get(graph);
  if (!parties) {
    parties = graph.actors.filter((actor) => actor.kind === 'conflict_party');
    partiesByGraph.set(graph, parties);
  }
  return parties;
}

/** Ties from `actorId` to every conflict party within `maxDepth` steps, nearest and strongest first. */
export function linksToParties(graph: VisibleGraph, adjacency: Adjacency, actorId: string, maxDepth: number): ActorLinks {
  const isParty = (id: string) => graph.byId.get(id)?.kind === 'conflict_party';
  const tree = shortestPathTree(adjacency, actorId, maxDepth, isParty);
  const links: PartyLink[] = [];
  const best = new Map<string, ScoredPath>();
  for (const party of partiesOf(graph)) {
    if (party.id === actorId || !tree.dist.has(party.id)) continue;
    const scored = enumeratePaths(tree, party.id, EXAMINED_PATHS)
      .map((ids) => scorePath(adjacency, ids))
      .sort((a, b) => b.score - a.score || a.ids.join().localeCompare(b.ids.join()));
    const top = scored[0];
    if (!top) continue;
    best.set(party.id, top);
    links.push({
      party: actorRef(party),
      distance: tree.dist.get(party.id) ?? 0,
      score: round(top.score),
      confidence: top.confidence,
      weakestEvidence: top.weakestEvidence,
      paths: scored.slice(0, SHOWN_PATHS).map((path): ActorPath => presentPath(graph, adjacency, path.ids)),
    });
  }
  links.sort((a, b) => a.distance - b.distance || b.score - a.score || a.party.name.localeCompare(b.party.name));
  return { links, best };
}

/** The party the actor leans toward: highest positive score; null if none. A party leans toward itself. */
export function leanOf(graph: VisibleGraph, actorId: string, found: ActorLinks): Lean {
  const actor = graph.byId.get(actorId);
  if (actor?.kind === 'conflict_party') {
    return {
      partyId: actor.id,
      partyName: actor.name,
      strength: 'strong',
      score: 1,
      evidence: `${actor.name} is itself a party to the conflict.`,
      evidenceMessage: analysisMessage('lean.is_party', { actor: actor.name }),
      confidence: 'confirmed',
      contested: false,
    };
  }
  const positive = found.links
    .filter((link) => link.score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.party.name.localeCompare(b.party.name));
  const top = positive[0];
  if (!top) return null;
  const path = found.best.get(top.party.id);
  const strength = top.score >= 0.5 ? LEAN_STRENGTHS[0] : top.score >= 0.2 ? LEAN_STRENGTHS[1] : LEAN_STRENGTHS[2];
  return {
    partyId: top.party.id,
    partyName: top.party.name,
    strength,
    score: top.score,
    evidence: path ? describePath(graph, path) : '',
    ...(path ? { evidenceMessage: analysisMessage('lean.path', pathParams(graph, path)) } : {}),
    confidence: top.confidence,
    contested: positive.slice(1).some((link) => link.score >= top.score / 2),
  };
}

/** The path as params: the names in order, and per step its tie's type, confidence and strength (as text: params are words). */
function pathParams(graph: VisibleGraph, path: ScoredPath): MessageParams {
  return {
    path: path.ids.map((id) => graph.byId.get(id)?.name ?? id),
    pathTies: path.ties.map((tie) => tie.type),
    pathConfidences: path.ties.map((tie) => tie.confidence),
    pathStrengths: path.ties.map((tie) => String(tie.strength)),
  };
}

/** "A —affiliated_with (corroborated, strength 2)— B —allied_with (...)— C". */
function describePath(graph: VisibleGraph, path: ScoredPath): string {
  const name = (id: string) => graph.byId.get(id)?.name ?? id;
  const parts = [name(path.ids[0] as string)];
  path.ties.forEach((tie, i) => {
    const label = TIE_TYPE_LABELS[tie.type as TieType]?.toLowerCase() ?? tie.type;
    parts.push(`\u2014 ${label} (${tie.confidence}, strength ${tie.strength} of 3) \u2014 ${name(path.ids[i + 1] as string)}`);
  });
  return `${parts.join(' ')}.`;
}

/** Six decimals: enough for a panel, stable across platforms. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
