/**
 * The hand-written ties of Veridia: the conflict and the mediation around it, the government's
 * chain of command, the mission's internal links, aid flows, and the ties behind patterns 2
 * and 4 of DEMO_PATTERNS.
 */
import type { TieType } from '../contracts/vocabulary.js';
import { AREA_IDS } from './demo-scenario-names.js';
import { DEMO_PATTERNS, PARTY_IDS } from './demo-scenario-patterns.js';
import type { TieBuilder, TieDetails } from './demo-scenario-tie-builder.js';

type Row = readonly [TieType, string, string, TieDetails?];

const { militia, rebels, separatists } = PARTY_IDS;
const sure = { confidence: 'confirmed', strength: 3 } as const;

/** The war, and who talks to the parties. Everyone here counts as adjacent to a party. */
const CONFLICT: readonly Row[] = [
  ['in_conflict_with', rebels, 'vr-gov-armed-forces', { ...sure, description: 'Active front lines in the Central Valley.' }],
  ['in_conflict_with', separatists, 'vr-gov-armed-forces', { ...sure, description: 'Insurgency in the Eastern Marches.' }],
  ['allied_with', militia, 'vr-gov-armed-forces', { confidence: 'corroborated', description: 'Joint operations against the VLM.' }],
  ['in_conflict_with', militia, rebels, sure],
  ['in_conflict_with', militia, separatists, { strength: 2 }],
  [
    'allied_with',
    rebels,
    separatists,
    {
      strength: 1,
      confidence: 'reported',
      observedAt: '2025-03-10',
      validFrom: '2025-02-01',
      validTo: '2025-10-31',
      description: 'Short-lived tactical alliance that broke down over control of the Kharun road.',
    },
  ],
  [
    'influences',
    'vr-gov-presidency',
    militia,
    { confidence: 'reported', description: 'Brigade commanders report to a presidential adviser.' },
  ],
  [
    'funds',
    'vr-gov-min-interior',
    militia,
    { confidence: 'reported', strength: 2, description: 'Stipends paid through governorate budgets.' },
  ],
  ['mediates_between', 'vr-mis-osrsg', rebels, { ...sure, source: 'Good offices reporting (fictional)' }],
  ['mediates_between', 'vr-mis-osrsg', 'vr-gov-presidency', { ...sure, source: 'Good offices reporting (fictional)' }],
  ['mediates_between', 'vr-io-meridian-union', separatists, { confidence: 'corroborated' }],
  ['mediates_between', 'vr-io-meridian-union', 'vr-gov-presidency', { confidence: 'corroborated' }],
  ['communicates_with', 'vr-mis-dddr', rebels, { description: 'Talks on cantonment sites.' }],
  ['communicates_with', 'vr-gov-ddr-commission', rebels, {}],
  ['communicates_with', 'vr-mis-force', militia, { description: 'Deconfliction channel.' }],
  ['communicates_with', 'vr-io-icph', separatists, { description: 'Humanitarian access and detainee visits.' }],
];

const GOVERNMENT: readonly Row[] = [
  ['influences', 'vr-gov-presidency', 'vr-gov-min-interior', sure],
  ['influences', 'vr-gov-presidency', 'vr-gov-armed-forces', sure],
  ['influences', 'vr-gov-presidency', 'vr-gov-min-information', {}],
  ['influences', 'vr-gov-presidency', 'vr-gov-parliament', {}],
  ['influences', 'vr-gov-min-interior', 'vr-gov-police', sure],
  [
    'in_conflict_with',
    'vr-gov-supreme-court',
    'vr-gov-min-information',
    { description: 'Court overturned the suspension of two radio stations.' },
  ],
  ['cooperates_with', 'vr-gov-ddr-commission', 'vr-mis-dddr', {}],
  ['cooperates_with', 'vr-gov-police', 'vr-mis-police', {}],
  ['cooperates_with', 'vr-mis-community-policing', 'vr-gov-police', {}],
  ['cooperates_with', 'vr-gov-nhrc', 'vr-mis-human-rights', {}],
  ['cooperates_with', 'vr-gov-nhrc', 'ohchr', {}],
  ['cooperates_with', 'vr-gov-min-women', 'un-women', {}],
  ['cooperates_with', 'vr-gov-min-youth', 'unicef', {}],
  ['cooperates_with', 'vr-gov-min-planning', 'undp', {}],
  ['cooperates_with', 'vr-gov-min-social', 'ocha', {}],
  ['influences', 'imf', 'vr-gov-min-planning', { description: 'Budget support conditions.' }],
];

const MISSION_AND_PARTNERS: readonly Row[] = [
  ['cooperates_with', 'vr-mis-osrsg', 'vr-mis-political-affairs', sure],
  ['cooperates_with', 'vr-mis-osrsg', 'vr-mis-odsrsg', sure],
  ['cooperates_with', 'vr-mis-odsrsg', 'ocha', {}],
  ['cooperates_with', 'vr-mis-odsrsg', 'undp', {}],
  ['cooperates_with', 'vr-mis-odsrsg', 'unhcr', {}],
  ['cooperates_with', 'vr-mis-civil-affairs', 'vr-mis-human-rights', {}],
  ['cooperates_with', 'vr-mis-civil-affairs', 'vr-mis-field-office-east', {}],
  ['cooperates_with', 'vr-mis-gender-unit', 'un-women', {}],
  ['cooperates_with', 'vr-mis-strategic-comms', 'unesco', {}],
  ['cooperates_with', 'vr-mis-poc-unit', 'vr-mis-force', {}],
  ['cooperates_with', 'vr-mis-police', 'vr-mis-community-policing', {}],
  ['cooperates_with', 'vr-io-global-mediation', 'vr-mis-political-affairs', {}],
  ['cooperates_with', 'ocha', 'wfp', {}],
  ['cooperates_with', 'unhcr', 'iom', {}],
  ['cooperates_with', 'un-women', 'unfpa', {}],
  ['cooperates_with', 'eu', 'vr-donor-b', {}],
  ['implements_for', 'vr-io-medecins-paix', 'unicef', { outputId: 'humanitarian-relief' }],
  ['implements_for', 'vr-io-global-mediation', 'pbso', { outputId: 'civil-society' }],
  ['funds', 'vr-donor-a', 'undp', { outputId: 'recovery-to-development', source: 'Donor Country A annual report (fictional)' }],
  ['funds', 'vr-donor-b', 'unhcr', { outputId: 'return-reintegration' }],
  ['funds', 'vr-donor-c', 'unicef', { outputId: 'youth-participation' }],
  ['funds', 'eu', 'un-women', { outputId: 'women-peace-security' }],
  ['funds', 'world-bank', 'vr-gov-min-planning', { outputId: 'recovery-to-development', ...sure }],
  ['funds', 'pbso', 'undp', { outputId: 'civil-society', ...sure }],
  ['funds', 'vr-donor-regional-fund', 'vr-io-global-mediation', { outputId: 'civil-society' }],
];

/** Patterns 2 and 4, read from DEMO_PATTERNS so the data and the description cannot drift. */
function patternRows(): Row[] {
  const duplication = DEMO_PATTERNS.donorDuplication;
  const control = duplication.coordinatedControl;
  const grant = (observedAt: string): TieDetails => ({
    strength: 3,
    confidence: 'confirmed',
    observedAt,
    source: 'Grant agreement (fictional)',
  });
  const rows: Row[] = [
    ...duplication.donorIds.map((donorId, i): Row => [
      'funds',
      donorId,
      duplication.recipientId,
      { ...grant(i === 0 ? '2025-04-02' : '2025-09-18'), outputId: duplication.outputId },
    ]),
    ...control.donorIds.map((donorId, i): Row => [
      'funds',
      donorId,
      control.recipientId,
      { ...grant(i === 0 ? '2025-05-20' : '2025-06-11'), outputId: control.outputId },
    ]),
  ];
  const parties = DEMO_PATTERNS.csoConflictPartyTies;
  for (const link of parties.direct) {
    rows.push([
      link.type,
      link.csoId,
      link.partyId,
      { confidence: 'corroborated', source: 'Joint Mission Analysis Centre brief (fictional)' },
    ]);
  }
  for (const step of parties.twoSteps) {
    rows.push(['cooperates_with', step.csoId, step.via, { confidence: 'reported', description: 'Shared members and meeting space.' }]);
  }
  return rows;
}

/** Each local authority reports to the Ministry of Interior. */
function localAuthorityRows(): Row[] {
  return AREA_IDS.map((areaId): Row => ['affiliated_with', `vr-gov-la-${areaId}`, 'vr-gov-min-interior', { confidence: 'confirmed' }]);
}

/** Adds every hand-written tie; throws if one is refused, since that would be a typo here. */
export function addFixedTies(builder: TieBuilder): void {
  for (const [type, sourceId, targetId, details] of [
    ...CONFLICT,
    ...GOVERNMENT,
    ...MISSION_AND_PARTNERS,
    ...patternRows(),
    ...localAuthorityRows(),
  ]) {
    if (!builder.add(type, sourceId, targetId, details)) throw new Error(`duplicate fixed tie ${type} ${sourceId} ${targetId}`);
  }
}
