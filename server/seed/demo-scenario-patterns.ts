/**
 * The deliberate patterns planted in the fictional Veridia scenario, named once here so that the
 * builders and the tests of the analyses read the same ids. Each analysis test can assert that it
 * finds exactly what is listed (and, for the controls, that it does not flag them).
 */

/** Ids provided by the handbook reference dataset; the demo refers to them but never defines them. */
export const REFERENCE_OUTPUT_IDS = [
  'humanitarian-relief',
  'women-peace-security',
  'youth-participation',
  'civil-society',
  'return-reintegration',
  'recovery-to-development',
  'independent-media',
] as const;
export type ReferenceOutputId = (typeof REFERENCE_OUTPUT_IDS)[number];

export const REFERENCE_UN_ENTITY_IDS = [
  'ocha',
  'wfp',
  'unicef',
  'unhcr',
  'undp',
  'iom',
  'un-women',
  'pbso',
  'unfpa',
  'unesco',
  'ohchr',
] as const;
export const REFERENCE_DONOR_IDS = ['world-bank', 'imf', 'eu'] as const;
export const REFERENCE_ACTOR_IDS: readonly string[] = [...REFERENCE_UN_ENTITY_IDS, ...REFERENCE_DONOR_IDS];

/** Only the first two activities of each output are guaranteed to exist in the reference data. */
export function activityId(outputId: ReferenceOutputId, index: 1 | 2): string {
  return `${outputId}-act-${index}`;
}

export const CAPITAL_AREA_ID = 'veridia-capital';

/** Conflict parties of the scenario. */
export const PARTY_IDS = {
  militia: 'vr-cp-hdb',
  rebels: 'vr-cp-vlm',
  separatists: 'vr-cp-mle',
} as const;

export const DEMO_PATTERNS = {
  /**
   * 1. Coverage gap: return-reintegration has a lead in every area but the remote Eastern
   * Marches, where IOM only supports and nobody leads. Every other output has a lead everywhere.
   */
  coverageGap: {
    outputId: 'return-reintegration',
    areaIdWithoutLead: 'eastern-marches',
    leadActorIds: ['unhcr', 'iom'],
    supportOnlyInGapArea: ['iom'],
  },
  /**
   * 2. Donor duplication: two donors each fund the Veridia Women's Network for
   * women-peace-security, and no donor-group mechanism has both of them for that output. No other
   * (recipient, output) pair is funded twice, except the control below.
   */
  donorDuplication: {
    outputId: 'women-peace-security',
    recipientId: 'vr-cso-vwn',
    donorIds: ['vr-donor-a', 'vr-donor-b'],
    /** Control: also funded twice, but both funders sit in a donor group covering the output. */
    coordinatedControl: {
      outputId: 'independent-media',
      recipientId: 'vr-cso-radio-liberte',
      donorIds: ['vr-donor-c', 'vr-donor-d'],
      mechanismId: 'vr-mech-donor-group',
    },
  },
  /**
   * 3. Capital concentration: 200 engagements between 2025-12-01 and 2026-11-26, 140 of them
   * (70%) in the capital; the high-influence CSOs below are based outside the capital and never
   * engaged. Every other CSO of influence 4 or 5 based outside the capital is engaged at least once.
   */
  capitalConcentration: {
    capitalAreaId: CAPITAL_AREA_ID,
    from: '2025-12-01',
    to: '2026-11-26',
    engagementCount: 200,
    capitalEngagementCount: 140,
    neverEngagedHighInfluenceCsoIds: ['vr-cso-east-elders', 'vr-cso-lake-fishers', 'vr-cso-delta-women-coop'],
  },
  /**
   * 4. CSOs tied to conflict parties. Direct ties are listed; one CSO is tied to two parties;
   * the two-step CSOs reach a party only through one of the directly tied CSOs. No other CSO is
   * within two steps of a party (random ties avoid every actor adjacent to a party).
   */
  csoConflictPartyTies: {
    partyIds: [PARTY_IDS.militia, PARTY_IDS.rebels, PARTY_IDS.separatists],
    direct: [
      { csoId: 'vr-cso-highland-patriots', partyId: PARTY_IDS.militia, type: 'affiliated_with' },
      { csoId: 'vr-cso-miners-union', partyId: PARTY_IDS.rebels, type: 'affiliated_with' },
      { csoId: 'vr-cso-eastern-voice', partyId: PARTY_IDS.separatists, type: 'communicates_with' },
      { csoId: 'vr-cso-comite-sages', partyId: PARTY_IDS.separatists, type: 'allied_with' },
      { csoId: 'vr-cso-comite-sages', partyId: PARTY_IDS.rebels, type: 'communicates_with' },
    ],
    tiedToTwoParties: 'vr-cso-comite-sages',
    twoSteps: [
      { csoId: 'vr-cso-kessenberg-sports', via: 'vr-cso-highland-patriots', partyId: PARTY_IDS.militia },
      { csoId: 'vr-cso-kharun-market-women', via: 'vr-cso-comite-sages', partyId: PARTY_IDS.separatists },
    ],
  },
  /**
   * 5. Overlap: three UN agencies hold roles on youth-participation in the Southern Coast, and no
   * mechanism covers that output. Every other (output, area) with three or more UN agencies or
   * donors holding roles has a mechanism for the output with all of them as members.
   */
  overlap: {
    outputId: 'youth-participation',
    areaId: 'southern-coast',
    actorIds: ['unicef', 'unfpa', 'unesco'],
  },
} as const;
