/** The do-no-harm verdict rule, case by case (server/analyses/engagement-verdict.ts). */
import { describe, expect, it } from 'vitest';
import type { PartyBalance, PartyLink } from '../../../server/contracts/index.js';
import { engagementVerdict, type VerdictInput } from '../../../server/analyses/engagement-verdict.js';

const party = { id: 'p1', name: 'Northern Front', kind: 'conflict_party' as const, subtype: null };
function link(distance: number, type: string, confidence: PartyLink['confidence']): PartyLink {
  return {
    party,
    distance,
    score: 0.5,
    confidence,
    paths: [
      { actors: [], steps: [{ fromId: 'a', toId: 'p1', ties: [{ id: 't', type, directed: false, sourceId: 'a', targetId: 'p1' }] }] },
    ],
  } as unknown as PartyLink;
}
const balance = (share: number): PartyBalance => ({
  parties: [{ partyId: 'p1', partyName: 'Northern Front', participations: 1, share }],
  nonAligned: 0,
  balanceIndex: null,
});
const base: VerdictInput = {
  actorName: 'River Youth',
  isParty: false,
  isDivider: false,
  direct: [],
  twoStep: [],
  dividerNames: [],
  lean: null,
  balanceNow: balance(0),
  balanceIfEngaged: balance(0),
};

describe('engagement verdict', () => {
  it('engage when nothing links the actor to a party or a divider', () => {
    expect(engagementVerdict(base)).toEqual({
      decision: 'engage',
      summary: expect.stringMatching(/^Engage:/),
      summaryCode: { code: 'verdict.summary_engage', params: { actor: 'River Youth' } },
      reasons: [],
      reasonCodes: [],
    });
  });

  it('do not engage yet: allied with a party on corroborated information', () => {
    const verdict = engagementVerdict({ ...base, direct: [link(1, 'allied_with', 'corroborated')] });
    expect(verdict.decision).toBe('do_not_engage_yet');
    expect(verdict.reasons[0]).toBe(
      'Directly tied to Northern Front (allied with; corroborated): being seen with it may be read as taking that party’s side.',
    );
  });

  it('with care when the aligning tie is only reported', () => {
    expect(engagementVerdict({ ...base, direct: [link(1, 'funds', 'reported')] }).decision).toBe('engage_with_care');
  });

  it('do not engage yet: a divider in contact with a party', () => {
    const verdict = engagementVerdict({ ...base, isDivider: true, direct: [link(1, 'communicates_with', 'reported')] });
    expect(verdict.decision).toBe('do_not_engage_yet');
    expect(verdict.reasons[0]).toMatch(/marked as a divider: engaging it may deepen the divide\.$/);
  });

  it('with care: two steps from a party, a divider among its ties, a party itself', () => {
    expect(engagementVerdict({ ...base, twoStep: [link(2, 'cooperates_with', 'confirmed')] }).reasons).toEqual([
      'Two steps from Northern Front (cooperates with; confirmed).',
    ]);
    expect(engagementVerdict({ ...base, dividerNames: ['Hardliners'] }).reasons).toEqual([
      'Hardliners, marked as a divider, is among its ties.',
    ]);
    expect(engagementVerdict({ ...base, isParty: true }).decision).toBe('engage_with_care');
  });

  it('states each reason as a code with its names and vocabulary codes, in the order of the English (issue 17)', () => {
    const verdict = engagementVerdict({ ...base, twoStep: [link(2, 'cooperates_with', 'confirmed')], dividerNames: ['Hardliners'] });
    expect(verdict.summaryCode).toEqual({ code: 'verdict.summary_care', params: { actor: 'River Youth' } });
    expect(verdict.reasonCodes).toEqual([
      { code: 'verdict.two_step', params: { party: 'Northern Front', tieTypes: ['cooperates_with'], confidence: 'confirmed' } },
      { code: 'verdict.divider_among_ties', params: { name: 'Hardliners' } },
    ]);
    expect(verdict.reasonCodes).toHaveLength(verdict.reasons.length);
  });

  it('says how the balance would move, in percent', () => {
    const lean = {
      partyId: 'p1',
      partyName: 'Northern Front',
      strength: 'weak' as const,
      score: 0.1,
      evidence: '',
      confidence: 'reported' as const,
      contested: false,
    };
    const verdict = engagementVerdict({ ...base, lean, balanceNow: balance(0.09375), balanceIfEngaged: balance(0.107692) });
    expect(verdict.reasons).toEqual([
      'Engaging would raise Northern Front’s share of the mission’s party-leaning engagements from 9 % to 11 %.',
    ]);
    expect(verdict.reasonCodes).toEqual([{ code: 'verdict.raises_share', params: { party: 'Northern Front', before: 0.09, after: 0.11 } }]);
  });
});
