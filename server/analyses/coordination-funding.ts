/**
 * Duplicated funding for the coordination view: two or more funders paying the same recipient
 * for the same output (funding ties carry the output they pay for), and whether a mechanism that
 * coordinates the output has all of them as members. Uncoordinated duplication comes first.
 */
import { analysisMessage, type CoordinationResult } from '../contracts/index.js';
import { actorRef, type VisibleGraph } from './visible-graph.js';

export interface Mechanism {
  id: string;
  name: string;
  kind: string;
  memberIds: string[];
  areaIds: string[];
  outputIds: string[];
}

/** Recipients funded by several funders for one output, from the visible funding ties. */
export function findDuplications(
  graph: VisibleGraph,
  outputs: ReadonlyArray<{ id: string; title: string }>,
  mechanisms: readonly Mechanism[],
): CoordinationResult['duplications'] {
  const titles = new Map(outputs.map((output) => [output.id, output.title]));
  const groups = new Map<string, { outputId: string; recipientId: string; funders: Map<string, string> }>();
  for (const tie of graph.ties) {
    if (tie.type !== 'funds' || tie.outputId === null || !titles.has(tie.outputId)) continue;
    const key = `${tie.targetId}\u0000${tie.outputId}`;
    const group = groups.get(key) ?? { outputId: tie.outputId, recipientId: tie.targetId, funders: new Map<string, string>() };
    if (!group.funders.has(tie.sourceId)) group.funders.set(tie.sourceId, tie.id);
    groups.set(key, group);
  }
  const result: CoordinationResult['duplications'] = [];
  for (const group of groups.values()) {
    if (group.funders.size < 2) continue;
    const funderIds = [...group.funders.keys()].sort();
    const shared = mechanisms.filter((m) => m.outputIds.includes(group.outputId) && funderIds.every((id) => m.memberIds.includes(id)));
    const recipient = graph.byId.get(group.recipientId);
    const funders = funderIds.flatMap((id) => {
      const funder = graph.byId.get(id);
      return funder ? [{ ...actorRef(funder), tieId: group.funders.get(id) ?? '' }] : [];
    });
    if (!recipient) continue;
    const names = funders.map((f) => f.name).join(' and ');
    result.push({
      outputId: group.outputId,
      outputTitle: titles.get(group.outputId) ?? group.outputId,
      recipient: actorRef(recipient),
      funders,
      coordinated: shared.length > 0,
      mechanismIds: shared.map((m) => m.id),
      explanation:
        shared.length > 0
          ? `${names} both fund ${recipient.name} for ${group.outputId}, and meet in ${shared.map((m) => m.name).join(', ')}.`
          : `${names} both fund ${recipient.name} for ${group.outputId}, and no mechanism for the output has them all: risk of duplication.`,
      explanationCode: analysisMessage(shared.length > 0 ? 'duplication.coordinated' : 'duplication.uncoordinated', {
        names: funders.map((f) => f.name),
        recipient: recipient.name,
        output: titles.get(group.outputId) ?? group.outputId,
        ...(shared.length > 0 ? { mechanisms: shared.map((m) => m.name) } : {}),
      }),
    });
  }
  return result.sort(
    (a, b) =>
      Number(a.coordinated) - Number(b.coordinated) ||
      a.outputId.localeCompare(b.outputId) ||
      a.recipient.name.localeCompare(b.recipient.name),
  );
}
