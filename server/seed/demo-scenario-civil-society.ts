/**
 * Civil society of Veridia: a few hand-written organisations that carry the planted patterns,
 * then generated ones covering every civil society subtype in every area.
 */
import { ACTOR_SUBTYPES } from '../contracts/vocabulary.js';
import {
  AREA_IDS,
  CSO_COUNTS,
  CSO_DESCRIPTIONS,
  CSO_NAME_PATTERNS,
  CSO_NEEDS,
  DEMO_AREAS,
  FIRST_NAMES,
  LAST_NAMES,
  type DemoArea,
} from './demo-scenario-names.js';
import { CAPITAL_AREA_ID } from './demo-scenario-patterns.js';
import { institution, type DemoActor } from './demo-scenario-institutions.js';
import type { SeededRandom } from './demo-scenario-random.js';

type Extras = Parameters<typeof institution>[5];

function cso(id: string, name: string, subtype: string, description: string, area: string, extras: Extras = {}): DemoActor {
  return institution(id, name, 'civil_society', subtype, description, {
    basedIn: [area],
    activeIn: [area],
    womenFocus: subtype === 'womens_group',
    youthFocus: subtype === 'youth_group',
    needs: [...(CSO_NEEDS[subtype] ?? []).slice(0, 2)],
    ...extras,
  });
}

const CAPITAL = CAPITAL_AREA_ID;
const EAST = 'eastern-marches';

/** Organisations named in DEMO_PATTERNS, plus a few that exercise names and aliases. */
function namedCivilSociety(): DemoActor[] {
  return [
    cso(
      'vr-cso-vwn',
      "Veridia Women's Network",
      'womens_group',
      'National umbrella of women\u2019s organisations; funded by two donors.',
      CAPITAL,
      {
        acronym: 'VWN',
        aliases: ["VERIDIA WOMEN'S NETWORK", 'vwn'],
        activeIn: [...AREA_IDS],
        influence: 4,
        interest: 5,
        stance: 2,
        doNoHarmRole: 'connector',
      },
    ),
    cso(
      'vr-cso-radio-liberte',
      'Radio Liberté Véridie',
      'journalist_or_independent_media',
      'Independent national radio station.',
      CAPITAL,
      {
        acronym: 'RLV',
        aliases: ['Radio Liberte Veridie'],
        activeIn: [...AREA_IDS],
        influence: 4,
        interest: 4,
        stance: 1,
        doNoHarmRole: 'connector',
        sensitivity: 'public',
      },
    ),
    cso(
      'vr-cso-civil-platform',
      'Veridia Civil Society Platform',
      'advocacy_group',
      'Capital-based coalition that speaks for civil society in the talks.',
      CAPITAL,
      { acronym: 'VCSP', activeIn: [CAPITAL], influence: 5, interest: 5, stance: 2, doNoHarmRole: 'both' },
    ),
    cso(
      'vr-cso-interreligious-council',
      'Interreligious Council of Veridia',
      'faith_based_organization',
      'National council of church and mosque leaders.',
      CAPITAL,
      { acronym: 'IRCV', activeIn: [...AREA_IDS], influence: 5, interest: 4, stance: 2, doNoHarmRole: 'connector' },
    ),
    cso(
      'vr-cso-al-nour',
      'جمعية النور للسلام',
      'faith_based_organization',
      'Islamic charity running relief and dialogue in the east.',
      EAST,
      {
        aliases: ['Al-Nour Association for Peace', 'Jam\u2019iyyat al-Nour'],
        activeIn: [EAST, CAPITAL],
        influence: 3,
        interest: 4,
        stance: 1,
        doNoHarmRole: 'connector',
      },
    ),
    cso(
      'vr-cso-dar-nasra-youth',
      'شباب دار نصرة من أجل السلام',
      'youth_group',
      'Youth group organising sport and dialogue in Dar Nasra.',
      EAST,
      { aliases: ['Dar Nasra Youth for Peace'], influence: 2, interest: 5, stance: 2, doNoHarmRole: 'connector' },
    ),
    // Pattern 3: influential, outside the capital, never engaged.
    cso(
      'vr-cso-east-elders',
      'Eastern Marches Council of Elders',
      'community_leader',
      'Customary council respected by all eastern clans.',
      EAST,
      { influence: 5, interest: 4, stance: 1, doNoHarmRole: 'connector' },
    ),
    cso(
      'vr-cso-lake-fishers',
      'Lake District Fishers\u2019 Union',
      'trade_union',
      'Largest union outside the capital; controls the lake trade.',
      'lake-district',
      { acronym: 'LDFU', influence: 5, interest: 3, stance: 0, doNoHarmRole: 'both' },
    ),
    cso(
      'vr-cso-delta-women-coop',
      'River Delta Women\u2019s Cooperative Federation',
      'womens_group',
      'Federation of 40 rural women\u2019s cooperatives.',
      'river-delta',
      { influence: 4, interest: 5, stance: 2, doNoHarmRole: 'connector' },
    ),
    // Pattern 4: tied to conflict parties, directly or in two steps.
    cso(
      'vr-cso-highland-patriots',
      'Highland Patriotic Youth',
      'youth_group',
      'Youth association that recruits for the Highland Defence Brigades.',
      'north-highlands',
      { influence: 3, interest: 5, stance: -1, doNoHarmRole: 'divider', sensitivity: 'confidential' },
    ),
    cso(
      'vr-cso-miners-union',
      'Syndicat des Mineurs du Centre',
      'trade_union',
      'Miners\u2019 union; its leadership is close to the VLM.',
      'central-valley',
      { acronym: 'SMC', influence: 3, interest: 4, stance: 0, doNoHarmRole: 'both', sensitivity: 'confidential' },
    ),
    cso('vr-cso-eastern-voice', 'Eastern Voice Collective', 'social_media_community', 'Online community relaying MLE statements.', EAST, {
      influence: 3,
      interest: 4,
      stance: -1,
      doNoHarmRole: 'divider',
      sensitivity: 'confidential',
    }),
    cso(
      'vr-cso-comite-sages',
      'Comité des Sages de Kharun',
      'community_leader',
      'Elders\u2019 committee with channels to both the MLE and the VLM.',
      EAST,
      { influence: 3, interest: 4, stance: 0, doNoHarmRole: 'both', sensitivity: 'confidential' },
    ),
    cso(
      'vr-cso-kessenberg-sports',
      'Kessenberg Youth Sports Association',
      'youth_group',
      'Sports club whose coaches overlap with Highland Patriotic Youth.',
      'north-highlands',
      { influence: 2, interest: 3, stance: 1, doNoHarmRole: 'unknown' },
    ),
    cso(
      'vr-cso-kharun-market-women',
      'Kharun Market Women\u2019s Association',
      'womens_group',
      'Market traders; consult the Comité des Sages.',
      EAST,
      { influence: 2, interest: 4, stance: 1, doNoHarmRole: 'connector' },
    ),
  ];
}

const ID_PREFIX: Record<string, string> = {
  individual: 'ind',
  human_rights_defender: 'hrd',
  journalist_or_independent_media: 'media',
  community_leader: 'leader',
  trade_union: 'union',
  womens_group: 'women',
  youth_group: 'youth',
  faith_based_organization: 'faith',
  advocacy_group: 'advocacy',
  social_movement: 'movement',
  social_media_community: 'online',
};

/** Influence is heavy-tailed: most organisations matter locally, very few nationally. */
const INFLUENCE_WEIGHTS = [
  [1, 28],
  [2, 32],
  [3, 24],
  [4, 12],
  [5, 4],
] as const;
const INTEREST_WEIGHTS = [
  [1, 8],
  [2, 15],
  [3, 27],
  [4, 28],
  [5, 22],
] as const;
const STANCE_WEIGHTS = [
  [-2, 4],
  [-1, 10],
  [0, 22],
  [1, 38],
  [2, 26],
] as const;
const DO_NO_HARM_WEIGHTS = [
  ['connector', 45],
  ['divider', 12],
  ['both', 13],
  ['unknown', 30],
] as const;

function initials(name: string): string {
  return (name.match(/\b\p{Lu}/gu) ?? []).join('');
}

class NameMaker {
  private readonly used = new Set<string>();

  constructor(
    private readonly random: SeededRandom,
    taken: readonly DemoActor[],
  ) {
    for (const actor of taken) this.used.add(actor.name);
  }

  person(): string {
    for (;;) {
      const name = `${this.random.pick(FIRST_NAMES)} ${this.random.pick(LAST_NAMES)}`;
      if (!this.used.has(name)) return this.claim(name);
    }
  }

  /** An organisation's name, and the town it names (if any) so the description can agree. */
  organisation(subtype: string, index: number, area: DemoArea): { name: string; town: string; namesPerson: boolean } {
    const patterns = CSO_NAME_PATTERNS[subtype] ?? ['{town} Association'];
    for (let attempt = 0; attempt < patterns.length * 3; attempt += 1) {
      const pattern = patterns[(index + attempt) % patterns.length] ?? '{town} Association';
      const town = this.random.pick(area.towns);
      const name = pattern
        .replace('{town}', town)
        .replace('{area}', area.label)
        .replace('{person}', () => this.person());
      if (this.used.has(name)) continue;
      return {
        name: this.claim(name),
        town: pattern.includes('{town}') ? town : (area.towns[0] ?? town),
        namesPerson: pattern.includes('{person}'),
      };
    }
    throw new Error(`ran out of ${subtype} names for ${area.id}; add name patterns`);
  }

  private claim(name: string): string {
    this.used.add(name);
    return name;
  }
}

function generatedActor(random: SeededRandom, names: NameMaker, subtype: string, index: number): DemoActor {
  const area = random.weighted(DEMO_AREAS.map((candidate) => [candidate, candidate.civilSocietyWeight] as const));
  const isPerson = subtype === 'individual' || subtype === 'human_rights_defender';
  const named = isPerson
    ? { name: names.person(), town: random.pick(area.towns), namesPerson: true }
    : names.organisation(subtype, index, area);
  const { name, town } = named;
  const activeIn = new Set([area.id]);
  if (area.isCapital && random.chance(0.3)) AREA_IDS.forEach((id) => activeIn.add(id));
  else if (random.chance(0.35)) random.sample(AREA_IDS, random.int(1, 2)).forEach((id) => activeIn.add(id));
  const actor = cso(
    `vr-cso-${ID_PREFIX[subtype] ?? 'cso'}-${String(index + 1).padStart(2, '0')}`,
    name,
    subtype,
    `${CSO_DESCRIPTIONS[subtype] ?? 'Civil society organisation'}; based in ${town === area.label ? town : `${town}, ${area.label}`}.`,
    area.id,
    {
      activeIn: AREA_IDS.filter((id) => activeIn.has(id)),
      influence: random.weighted(INFLUENCE_WEIGHTS),
      interest: random.weighted(INTEREST_WEIGHTS),
      stance: random.weighted(STANCE_WEIGHTS),
      doNoHarmRole: random.weighted(DO_NO_HARM_WEIGHTS),
      needs: random.sample(CSO_NEEDS[subtype] ?? [], random.int(1, 3)),
    },
  );
  if (!named.namesPerson && name.split(' ').length >= 3 && random.chance(0.3)) actor.acronym = initials(name);
  if (!actor.womenFocus && random.chance(0.08)) actor.womenFocus = true;
  if (!actor.youthFocus && random.chance(0.08)) actor.youthFocus = true;
  if (isPerson) {
    // People are confidential by default; the most exposed defenders are strictly confidential.
    actor.sensitivity = subtype === 'human_rights_defender' && index % 4 === 0 ? 'strictly_confidential' : 'confidential';
    actor.reviewBy = random.date('2026-03-01', '2026-12-31');
  } else if (named.namesPerson) {
    actor.sensitivity = 'confidential'; // a journalist or leader named as a person
  } else if ((subtype === 'journalist_or_independent_media' || subtype === 'trade_union') && random.chance(0.4)) {
    actor.sensitivity = 'public';
  }
  return actor;
}

/** Every civil society actor of the scenario, hand-written ones first. */
export function buildCivilSociety(random: SeededRandom, institutions: readonly DemoActor[]): DemoActor[] {
  const named = namedCivilSociety();
  const names = new NameMaker(random, [...institutions, ...named]);
  const generated = ACTOR_SUBTYPES.civil_society.flatMap((subtype) =>
    Array.from({ length: CSO_COUNTS[subtype] ?? 0 }, (_, index) => generatedActor(random, names, subtype, index)),
  );
  return [...named, ...generated];
}
