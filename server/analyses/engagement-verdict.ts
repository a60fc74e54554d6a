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
import {
  analysisMessage,
  TIE_TYPE_LABELS,
  type AnalysisMessage,
  type AnalysisMessageCode,
  type EngagementVerdict,
  type Lean,
  type MessageParams,
  type PartyBalance,
  type PartyLink,
  type TieType,
} from '../contracts/index.js';

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

/** One reason, in English and as its code with params (issue 17). */
interface Reason {
  english: string;
  code: AnalysisMessage;
}
const reason = (code: AnalysisMessageCode, params: MessageParams, english: string): Reason => ({
  english,
  code: analysisMessage(code, params),
});

/** The parts of a tie to a party that its reasons name: the party, the tie types, the confidence. */
const linkParams = (link: PartyLink): MessageParams => ({
  party: link.party.name,
  tieTypes: [...new Set(typesOf(link))],
  confidence: link.confidence,
});

export function engagementVerdict(input: VerdictInput): EngagementVerdict {
  const stop: Reason[] = [];
  const care: Reason[] = [];
  const actor = { actor: input.actorName };
  if (input.isParty)
    care.push(
      reason(
        'verdict.is_party',
        actor,
        `${input.actorName} is itself a party to the conflict: engage only within the mission’s political and mediation lines.`,
      ),
    );
  for (const link of input.direct) {
    const types = typesOf(link);
    const aligning = types.filter((type) => ALIGNING_TIES.has(type));
    const what = `Directly tied to ${link.party.name} (${tieWords(types)}; ${link.confidence})`;
    if (aligning.length > 0 && SOLID.has(link.confidence))
      stop.push(
        reason('verdict.direct_aligning', linkParams(link), `${what}: being seen with it may be read as taking that party’s side.`),
      );
    else if (input.isDivider)
      stop.push(reason('verdict.direct_divider', linkParams(link), `${what}, and marked as a divider: engaging it may deepen the divide.`));
    else care.push(reason('verdict.direct', linkParams(link), `${what}.`));
  }
  for (const link of input.twoStep)
    care.push(
      reason('verdict.two_step', linkParams(link), `Two steps from ${link.party.name} (${tieWords(typesOf(link))}; ${link.confidence}).`),
    );
  if (input.isDivider && input.direct.length === 0)
    care.push(reason('verdict.is_divider', actor, `${input.actorName} is marked as a divider.`));
  for (const name of input.dividerNames)
    care.push(reason('verdict.divider_among_ties', { name }, `${name}, marked as a divider, is among its ties.`));
  if (input.lean && !input.isParty && input.lean.strength !== 'weak') {
    care.push(
      reason(
        'verdict.leans_toward',
        {
          party: input.lean.partyName,
          strength: input.lean.strength,
          contested: input.lean.contested ? 'yes' : 'no',
          // The path it rests on, as the English names it (none: an empty path).
          ...(input.lean.evidenceMessage?.code === 'lean.path'
            ? input.lean.evidenceMessage.params
            : { path: [], pathTies: [], pathConfidences: [], pathStrengths: [] }),
        },
        `Leans toward ${input.lean.partyName} (${input.lean.strength}${input.lean.contested ? ', contested' : ''}): ${input.lean.evidence}`,
      ),
    );
  }
  if (input.lean && !input.isParty) {
    const before = input.balanceNow.parties.find((party) => party.partyId === input.lean!.partyId)?.share ?? 0;
    const after = input.balanceIfEngaged.parties.find((party) => party.partyId === input.lean!.partyId)?.share ?? 0;
    if (after > before)
      care.push(
        reason(
          'verdict.raises_share',
          { party: input.lean.partyName, before: Math.round(before * 100) / 100, after: Math.round(after * 100) / 100 },
          `Engaging would raise ${input.lean.partyName}’s share of the mission’s party-leaning engagements from ${percent(before)} to ${percent(after)}.`,
        ),
      );
  }
  const said = (reasons: readonly Reason[]) => ({ reasons: reasons.map((r) => r.english), reasonCodes: reasons.map((r) => r.code) });
  if (stop.length > 0) {
    return {
      decision: 'do_not_engage_yet',
      summary: `Do not engage ${input.actorName} yet: verify these ties and the risk first.`,
      summaryCode: analysisMessage('verdict.summary_stop', actor),
      ...said([...stop, ...care]),
    };
  }
  if (care.length > 0)
    return {
      decision: 'engage_with_care',
      summary: `Engage ${input.actorName} with care.`,
      summaryCode: analysisMessage('verdict.summary_care', actor),
      ...said(care),
    };
  return {
    decision: 'engage',
    summary: `Engage: nothing on the map links ${input.actorName} to a party to the conflict or a divider.`,
    summaryCode: analysisMessage('verdict.summary_engage', actor),
    ...said([]),
  };
}
