/**
 * The do-no-harm check's conclusion, in the words a civil affairs officer uses: engage, engage
 * with care, or do not engage yet, with the reasons. A pure function of what the check found, so
 * the rule is written once and tested on its own:
 * - do not engage yet: the actor is allied with, member of or affiliated with, funded by or funding a party to the
 *   conflict directly, on corroborated or confirmed information; or it is itself marked as a
 *   divider and is directly tied to a party;
 * - engage with care: any other tie to a party within two steps, a divider on those paths or among
 *   its direct ties, a moderate or strong lean toward a party, the actor is itself a party, or
 *   engaging it would raise one party's share of the mission's engagements;
 * - engage: none of these.
 * This is an aid to judgement, not a clearance: the panel says so.
 */
import { TIE_TYPE_LABELS, type EngagementVerdict, type Lean, type PartyBalance, type PartyLink, type TieType } from '../contracts/index.js';

/** Tie types that put an actor on a party's side, not merely in contact with it. */
const ALIGNING_TIES = new Set<TieType>(['allied_with', 'affiliated_with', 'funds']);
const SOLID = new Set(['corroborated', 'confirmed']);

export interface VerdictInput {
  actorName: string;
  isParty: boolean;
  isDivider: boolean;
  direct: readonly PartyLink[];
  twoStep: readonly PartyLink[];
  /** Dividers other than the actor: on its paths to parties, or tied to it directly. */
  dividerNames: readonly string[];
  lean: Lean;
  balanceNow: PartyBalance;
  balanceIfEngaged: PartyBalance;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const tieWords = (types: Iterable<TieType>) => [...new Set(types)].map((type) => TIE_TYPE_LABELS[type].toLowerCase()).join(', ');
const typesOf = (link: PartyLink) =>
  link.paths.flatMap((path) => path.steps.flatMap((step) => step.ties.map((tie) => tie.type as TieType)));

export function engagementVerdict(input: VerdictInput): EngagementVerdict {
  const stop: string[] = [];
  const care: string[] = [];
  if (input.isParty)
    care.push(`${input.actorName} is itself a party to the conflict: engage only within the mission’s political and mediation lines.`);
  for (const link of input.direct) {
    const types = typesOf(link);
    const aligning = types.filter((type) => ALIGNING_TIES.has(type));
    const what = `Directly tied to ${link.party.name} (${tieWords(types)}; ${link.confidence})`;
    if (aligning.length > 0 && SOLID.has(link.confidence))
      stop.push(`${what}: being seen with it may be read as taking that party’s side.`);
    else if (input.isDivider) stop.push(`${what}, and marked as a divider: engaging it may deepen the divide.`);
    else care.push(`${what}.`);
  }
  for (const link of input.twoStep) care.push(`Two steps from ${link.party.name} (${tieWords(typesOf(link))}; ${link.confidence}).`);
  if (input.isDivider && input.direct.length === 0) care.push(`${input.actorName} is marked as a divider.`);
  for (const name of input.dividerNames) care.push(`${name}, marked as a divider, is among its ties.`);
  if (input.lean && !input.isParty && input.lean.strength !== 'weak') {
    care.push(
      `Leans toward ${input.lean.partyName} (${input.lean.strength}${input.lean.contested ? ', contested' : ''}): ${input.lean.evidence}`,
    );
  }
  if (input.lean && !input.isParty) {
    const before = input.balanceNow.parties.find((party) => party.partyId === input.lean!.partyId)?.share ?? 0;
    const after = input.balanceIfEngaged.parties.find((party) => party.partyId === input.lean!.partyId)?.share ?? 0;
    if (after > before)
      care.push(
        `Engaging would raise ${input.lean.partyName}’s share of the mission’s party-leaning engagements from ${percent(before)} to ${percent(after)}.`,
      );
  }
  if (stop.length > 0) {
    return {
      decision: 'do_not_engage_yet',
      summary: `Do not engage ${input.actorName} yet: verify these ties and the risk first.`,
      reasons: [...stop, ...care],
    };
  }
  if (care.length > 0) return { decision: 'engage_with_care', summary: `Engage ${input.actorName} with care.`, reasons: care };
  return {
    decision: 'engage',
    summary: `Engage: nothing on the map links ${input.actorName} to a party to the conflict or a divider.`,
    reasons: [],
  };
}
