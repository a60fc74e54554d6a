/**
 * A year of the mission's engagements with civil society and others. Pattern 3 of DEMO_PATTERNS
 * lives here: a fixed share held in the capital, and a few influential organisations outside it
 * that nobody visits, while every other influential organisation outside it is engaged at least once.
 * Meetings held by the human rights section are confidential (they protect who talks to it); the
 * rest are internal, the default.
 */
import type { DatasetInput } from '../contracts/dataset.js';
import { ENGAGEMENT_TOPICS, DEMO_AREAS, CSO_FOCUS_OUTPUT } from './demo-scenario-names.js';
import { DEMO_PATTERNS } from './demo-scenario-patterns.js';
import type { DemoActor } from './demo-scenario-institutions.js';
import type { SeededRandom } from './demo-scenario-random.js';

type Engagement = NonNullable<DatasetInput['engagements']>[number];
type Format = Engagement['format'];

const plan = DEMO_PATTERNS.capitalConcentration;

/** How often each section holds engagements, and the outputs it usually works on. */
const SECTIONS: ReadonlyArray<readonly [string, number, readonly string[]]> = [
  ['vr-mis-civil-affairs', 30, ['civil-society']],
  ['vr-mis-human-rights', 14, ['civil-society']],
  ['vr-mis-gender-unit', 12, ['women-peace-security']],
  ['vr-mis-political-affairs', 10, ['civil-society']],
  ['vr-mis-strategic-comms', 8, ['independent-media']],
  ['vr-mis-osrsg', 5, ['civil-society']],
  ['vr-mis-odsrsg', 5, ['humanitarian-relief', 'recovery-to-development']],
  ['vr-mis-community-policing', 5, ['civil-society']],
  ['vr-mis-dddr', 4, ['return-reintegration']],
  ['vr-mis-poc-unit', 4, ['humanitarian-relief']],
  ['vr-mis-police', 2, ['civil-society']],
  ['vr-mis-force', 1, ['humanitarian-relief']],
];

/** The sections that convene the women's and youth consultation mechanisms. */
const MECHANISM_HOSTS = {
  women: ['vr-mis-gender-unit', 1, ['women-peace-security']],
  youth: ['vr-mis-civil-affairs', 1, ['youth-participation', 'civil-society']],
} as const;

const CAPITAL_FORMATS: ReadonlyArray<readonly [Format, number]> = [
  ['meeting', 45],
  ['consultation', 20],
  ['workshop', 20],
  ['remote_call', 15],
];
const FIELD_FORMATS: ReadonlyArray<readonly [Format, number]> = [
  ['field_visit', 40],
  ['town_hall', 20],
  ['consultation', 25],
  ['workshop', 15],
];
const FORMAT_LABELS: Record<Format, string> = {
  meeting: 'Meeting',
  consultation: 'Consultation',
  workshop: 'Workshop',
  field_visit: 'Field visit',
  town_hall: 'Town hall',
  remote_call: 'Remote call',
};
/** Field engagements are rarer the further an area is from the capital. */
const FIELD_AREA_WEIGHTS: Record<string, number> = {
  'north-highlands': 6,
  'southern-coast': 5,
  'western-plains': 3,
  'lake-district': 3,
  'central-valley': 5,
  'eastern-marches': 2,
  'river-delta': 3,
};

class EngagementPlanner {
  private readonly csos: DemoActor[];
  private readonly others: DemoActor[];

  constructor(
    private readonly random: SeededRandom,
    actors: readonly DemoActor[],
  ) {
    const neglected = new Set<string>(plan.neverEngagedHighInfluenceCsoIds);
    this.csos = actors.filter((a) => a.kind === 'civil_society' && !neglected.has(a.id));
    this.others = actors.filter((a) => a.kind === 'government' || a.kind === 'international_org');
  }

  /** Influential organisations based outside the capital that must be engaged at least once. */
  mustVisit(): DemoActor[] {
    return this.csos.filter((a) => (a.influence ?? 0) >= 4 && !a.basedIn.includes(plan.capitalAreaId));
  }

  /** One engagement in an area, optionally with a given organisation present. */
  make(areaId: string, date: string, guest?: DemoActor): Engagement {
    const inCapital = areaId === plan.capitalAreaId;
    // Some engagements are sittings of the women's or youth consultation mechanisms.
    const mechanism = guest
      ? null
      : this.random.weighted([
          [null, 84],
          ['women', 9],
          ['youth', 7],
        ] as const);
    // In the capital the mission mostly meets capital-based elites; in the field, whoever is based there.
    const local = this.csos.filter(
      (a) =>
        (inCapital ? a.basedIn.includes(areaId) : a.activeIn.includes(areaId)) &&
        (mechanism === null || (mechanism === 'women' ? a.womenFocus : a.youthFocus)),
    );
    const pool = local.length > 0 ? local : this.csos;
    const present = new Set<DemoActor>(guest ? [guest] : []);
    const wanted =
      mechanism === null
        ? this.random.weighted([
            [1, 35],
            [2, 30],
            [3, 20],
            [4, 15],
          ])
        : this.random.int(3, 6);
    for (let tries = 0; present.size < wanted && tries < 12; tries += 1) present.add(this.random.pick(pool));
    if (mechanism === null && this.random.chance(0.2)) {
      const officials = this.others.filter((a) => a.activeIn.includes(areaId));
      if (officials.length > 0) present.add(this.random.pick(officials));
    }
    const [sectionId, , sectionOutputs] =
      mechanism === null ? this.random.weighted(SECTIONS.map((s) => [s, s[1]] as const)) : MECHANISM_HOSTS[mechanism];
    const people = [...present];
    const outputIds = new Set<string>(sectionOutputs);
    for (const actor of people) if (actor.kind === 'civil_society') outputIds.add(CSO_FOCUS_OUTPUT[actor.subtype] ?? 'civil-society');
    const format = mechanism !== null ? 'consultation' : this.random.weighted(inCapital ? CAPITAL_FORMATS : FIELD_FORMATS);
    const topicOutput =
      mechanism === 'women' ? 'women-peace-security' : mechanism === 'youth' ? 'youth-participation' : this.random.pick([...outputIds]);
    const topic = this.random.pick(ENGAGEMENT_TOPICS[topicOutput] ?? ['the mission\u2019s mandate']);
    const area = DEMO_AREAS.find((a) => a.id === areaId)?.name ?? areaId;
    const what =
      mechanism === 'women'
        ? 'Women\u2019s consultation forum'
        : mechanism === 'youth'
          ? 'Youth consultation forum'
          : FORMAT_LABELS[format];
    return {
      id: '',
      date,
      sectionId,
      actorIds: people.map((a) => a.id),
      format,
      areaId,
      outputIds: [...outputIds],
      womensMechanism: mechanism === 'women',
      youthMechanism: mechanism === 'youth',
      summary: `${what} in ${area} with ${people.length} participant(s) on ${topic} (fictional).`,
      sensitivity: sectionId === 'vr-mis-human-rights' ? 'confidential' : 'internal',
    };
  }
}

/** 200 engagements, 70% in the capital, numbered in date order. */
export function buildEngagements(random: SeededRandom, actors: readonly DemoActor[]): Engagement[] {
  const planner = new EngagementPlanner(random, actors);
  const fieldCount = plan.engagementCount - plan.capitalEngagementCount;
  const dates = Array.from({ length: plan.engagementCount }, () => random.date(plan.from, plan.to)).sort();
  const slots = random.shuffle(Array.from({ length: plan.engagementCount }, (_, i) => i < plan.capitalEngagementCount));
  const mustVisit = planner.mustVisit();
  if (mustVisit.length > fieldCount) throw new Error('more influential organisations to visit than field engagements');
  const fieldAreas = DEMO_AREAS.filter((a) => !a.isCapital).map((a) => [a.id, FIELD_AREA_WEIGHTS[a.id] ?? 1] as const);
  // Spread the must-visit organisations over the year rather than front-loading them.
  const guestSlots = random.sample(
    Array.from({ length: fieldCount }, (_, i) => i),
    mustVisit.length,
  );
  const guestAt = new Map(guestSlots.map((slot, i) => [slot, mustVisit[i]] as const));
  let fieldIndex = 0;
  return slots.map((inCapital, i) => {
    const date = dates[i] ?? plan.from;
    let engagement: Engagement;
    if (inCapital) {
      engagement = planner.make(plan.capitalAreaId, date);
    } else {
      const guest = guestAt.get(fieldIndex);
      fieldIndex += 1;
      engagement = guest
        ? planner.make(guest.basedIn[0] ?? random.weighted(fieldAreas), date, guest)
        : planner.make(random.weighted(fieldAreas), date);
    }
    return { ...engagement, id: `vr-eng-${String(i + 1).padStart(3, '0')}` };
  });
}
