/**
 * Who leads and supports which output where, the coordination mechanisms, and actors' stances
 * toward outputs. Patterns 1, 2 and 5 of DEMO_PATTERNS live here: every (output, area) with
 * three or more role holders has a mechanism with all of them, except the planted overlap.
 */
import type { DatasetInput } from '../contracts/dataset.js';
import { AREA_IDS } from './demo-scenario-names.js';
import { DEMO_PATTERNS, PARTY_IDS, activityId, type ReferenceOutputId } from './demo-scenario-patterns.js';
import { CSO_FOCUS_OUTPUT } from './demo-scenario-names.js';
import type { DemoActor } from './demo-scenario-institutions.js';
import type { SeededRandom } from './demo-scenario-random.js';

type OutputRole = NonNullable<DatasetInput['outputRoles']>[number];
type Mechanism = NonNullable<DatasetInput['mechanisms']>[number];
type OutputStance = NonNullable<DatasetInput['outputStances']>[number];

const ALL = AREA_IDS;
const CAPITAL = 'veridia-capital';
const gap = DEMO_PATTERNS.coverageGap;
const overlap = DEMO_PATTERNS.overlap;

function role(actorId: string, outputId: ReferenceOutputId, kind: 'lead' | 'support', areaIds: readonly string[]): OutputRole {
  return { actorId, outputId, role: kind, areaIds: [...areaIds] };
}

/** Area lists are always explicit, so "country-wide" never has to be guessed from an empty list. */
export function buildOutputRoles(): OutputRole[] {
  const allButGap = ALL.filter((id) => id !== gap.areaIdWithoutLead);
  return [
    role('ocha', 'humanitarian-relief', 'lead', ALL),
    role('wfp', 'humanitarian-relief', 'support', ALL),
    role('unicef', 'humanitarian-relief', 'support', [CAPITAL, 'north-highlands', 'eastern-marches', 'river-delta']),
    role('un-women', 'women-peace-security', 'lead', ALL),
    role('vr-mis-gender-unit', 'women-peace-security', 'support', ALL),
    role('unfpa', 'women-peace-security', 'support', [CAPITAL, 'eastern-marches', 'central-valley']),
    // Pattern 5: unicef, unfpa and unesco all hold roles on youth in the Southern Coast; no mechanism covers youth.
    role('unicef', 'youth-participation', 'lead', ALL),
    role('unfpa', 'youth-participation', 'support', [CAPITAL, overlap.areaId, 'river-delta']),
    role('unesco', 'youth-participation', 'support', [overlap.areaId, 'lake-district']),
    role('vr-mis-civil-affairs', 'civil-society', 'lead', ALL),
    role('undp', 'civil-society', 'support', ALL),
    role('ohchr', 'civil-society', 'support', [CAPITAL, 'north-highlands', 'eastern-marches']),
    role('vr-mis-human-rights', 'civil-society', 'support', [CAPITAL, 'eastern-marches']),
    role('pbso', 'civil-society', 'support', [CAPITAL]),
    // Pattern 1: UNHCR leads returns everywhere but the Eastern Marches, where IOM only supports.
    role('unhcr', 'return-reintegration', 'lead', allButGap),
    role('iom', 'return-reintegration', 'lead', ['north-highlands', 'central-valley']),
    role('iom', 'return-reintegration', 'support', [gap.areaIdWithoutLead, 'western-plains']),
    role('wfp', 'return-reintegration', 'support', ['north-highlands', 'central-valley', gap.areaIdWithoutLead]),
    role('vr-mis-dddr', 'return-reintegration', 'support', ['central-valley']),
    role('undp', 'recovery-to-development', 'lead', ALL),
    role('world-bank', 'recovery-to-development', 'support', [CAPITAL, 'central-valley', 'river-delta']),
    role('eu', 'recovery-to-development', 'support', [CAPITAL, 'western-plains']),
    role('unesco', 'independent-media', 'lead', ALL),
    role('vr-mis-strategic-comms', 'independent-media', 'support', ALL),
    role('ohchr', 'independent-media', 'support', [CAPITAL]),
  ];
}

/** Members drawn from civil society: the first `count` actors of a subtype, capital-based first. */
function csoMembers(actors: readonly DemoActor[], subtypes: readonly string[], count: number): string[] {
  return actors
    .filter((a) => a.kind === 'civil_society' && subtypes.includes(a.subtype) && a.stance > 0)
    .sort((a, b) => Number(b.basedIn.includes(CAPITAL)) - Number(a.basedIn.includes(CAPITAL)))
    .slice(0, count)
    .map((a) => a.id);
}

export function buildMechanisms(actors: readonly DemoActor[]): Mechanism[] {
  const control = DEMO_PATTERNS.donorDuplication.coordinatedControl;
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  return [
    {
      id: 'vr-mech-cmcoord',
      name: 'Veridia Civil-Military Coordination Centre',
      kind: 'cmcoord_centre',
      areaIds: [...ALL],
      outputIds: ['humanitarian-relief', 'return-reintegration'],
      memberIds: [
        'ocha',
        'wfp',
        'unicef',
        'unhcr',
        'iom',
        'vr-mis-dddr',
        'vr-mis-force',
        'vr-mis-poc-unit',
        'vr-mis-odsrsg',
        'vr-gov-armed-forces',
        'vr-gov-min-social',
        'vr-io-icph',
      ],
    },
    {
      id: 'vr-mech-protection-cluster',
      name: 'Protection Cluster Veridia',
      kind: 'cluster',
      areaIds: [...ALL],
      outputIds: ['humanitarian-relief'],
      memberIds: unique([
        'unhcr',
        'ohchr',
        'unicef',
        'unfpa',
        'iom',
        'vr-mis-human-rights',
        'vr-mis-poc-unit',
        'vr-io-medecins-paix',
        'vr-gov-nhrc',
        ...csoMembers(actors, ['advocacy_group'], 4),
      ]),
    },
    {
      id: 'vr-mech-csac',
      name: 'Civil Society Advisory Committee',
      kind: 'civil_society_advisory_committee',
      areaIds: [...ALL],
      outputIds: ['civil-society', 'women-peace-security'],
      memberIds: unique([
        'vr-mis-civil-affairs',
        'vr-mis-human-rights',
        'vr-mis-gender-unit',
        'undp',
        'ohchr',
        'pbso',
        'un-women',
        'vr-cso-vwn',
        'vr-cso-civil-platform',
        'vr-cso-interreligious-council',
        'vr-cso-radio-liberte',
        ...csoMembers(actors, ['advocacy_group', 'trade_union', 'youth_group', 'community_leader'], 8),
      ]),
    },
    {
      id: control.mechanismId,
      name: 'Veridia Peacebuilding Donor Group',
      kind: 'donor_group',
      areaIds: [...ALL],
      outputIds: ['civil-society', 'recovery-to-development', control.outputId],
      memberIds: ['vr-donor-b', ...control.donorIds, 'vr-donor-e', 'eu', 'world-bank', 'pbso', 'undp'],
    },
    {
      id: 'vr-mech-wps-wg',
      name: 'Women, Peace and Security Working Group',
      kind: 'other',
      areaIds: [...ALL],
      outputIds: ['women-peace-security'],
      memberIds: unique([
        'un-women',
        'unfpa',
        'vr-mis-gender-unit',
        'vr-gov-min-women',
        'vr-cso-vwn',
        ...csoMembers(actors, ['womens_group'], 5),
      ]),
    },
    {
      id: 'vr-mech-recovery-forum',
      name: 'Recovery and Development Partners Forum',
      kind: 'other',
      areaIds: [...ALL],
      outputIds: ['recovery-to-development'],
      memberIds: ['undp', 'world-bank', 'eu', 'imf', 'vr-gov-min-planning', 'vr-donor-a'],
    },
    {
      id: 'vr-mech-media-wg',
      name: 'Media Development Working Group',
      kind: 'other',
      areaIds: [...ALL],
      outputIds: ['independent-media'],
      memberIds: unique([
        'unesco',
        'vr-mis-strategic-comms',
        'ohchr',
        'vr-cso-radio-liberte',
        ...csoMembers(actors, ['journalist_or_independent_media'], 4),
      ]),
    },
  ];
}

/** Stances: civil society contributing to its field, and a few actors obstructing. */
export function buildOutputStances(random: SeededRandom, actors: readonly DemoActor[]): OutputStance[] {
  const stances: OutputStance[] = [
    { actorId: PARTY_IDS.militia, targetId: 'return-reintegration', stance: 'obstructs' },
    { actorId: PARTY_IDS.separatists, targetId: activityId('humanitarian-relief', 1), stance: 'obstructs' },
    { actorId: 'vr-gov-min-information', targetId: activityId('independent-media', 2), stance: 'obstructs' },
    { actorId: 'vr-cso-vwn', targetId: 'women-peace-security', stance: 'contributes_to' },
    { actorId: 'vr-cso-vwn', targetId: activityId('women-peace-security', 1), stance: 'contributes_to' },
    { actorId: 'vr-gov-nhrc', targetId: activityId('civil-society', 2), stance: 'contributes_to' },
    { actorId: 'vr-io-global-mediation', targetId: 'civil-society', stance: 'contributes_to' },
  ];
  const supportive = actors.filter((a) => a.kind === 'civil_society' && a.stance > 0 && a.id !== 'vr-cso-vwn');
  for (const actor of random.sample(supportive, 36)) {
    const outputId = (CSO_FOCUS_OUTPUT[actor.subtype] ?? 'civil-society') as ReferenceOutputId;
    const targetId = random.weighted([
      [outputId, 2],
      [activityId(outputId, 1), 1],
      [activityId(outputId, 2), 1],
    ] as const);
    stances.push({ actorId: actor.id, targetId, stance: 'contributes_to' });
  }
  return stances;
}
