/**
 * All ties of Veridia: the hand-written ones, then random ties that give each civil society
 * actor a handful of relationships with peers, funders, agencies, the mission and authorities.
 * Random ties never touch a conflict party or anyone tied to one, so pattern 4 of
 * DEMO_PATTERNS stays exactly as planted.
 */
import { defaultSensitivityFor, type Sensitivity, type TieType } from '../contracts/vocabulary.js';
import { CSO_FOCUS_OUTPUT } from './demo-scenario-names.js';
import { PARTY_IDS, REFERENCE_DONOR_IDS } from './demo-scenario-patterns.js';
import type { DemoActor } from './demo-scenario-institutions.js';
import type { SeededRandom } from './demo-scenario-random.js';
import { TieBuilder, type DemoTie } from './demo-scenario-tie-builder.js';
import { addFixedTies } from './demo-scenario-ties-fixed.js';

/** UN agencies a civil society organisation would implement for, by output. */
const AGENCIES_BY_OUTPUT: Record<string, readonly string[]> = {
  'humanitarian-relief': ['ocha', 'wfp', 'unicef'],
  'women-peace-security': ['un-women', 'unfpa'],
  'youth-participation': ['unicef', 'unfpa', 'unesco'],
  'civil-society': ['undp', 'ohchr'],
  'return-reintegration': ['unhcr', 'iom'],
  'recovery-to-development': ['undp'],
  'independent-media': ['unesco'],
};

/** Ministries that deal with each subtype. */
const MINISTRY_BY_SUBTYPE: Record<string, string> = {
  womens_group: 'vr-gov-min-women',
  youth_group: 'vr-gov-min-youth',
  journalist_or_independent_media: 'vr-gov-min-information',
  social_media_community: 'vr-gov-min-information',
  faith_based_organization: 'vr-gov-min-social',
  community_leader: 'vr-gov-police',
  human_rights_defender: 'vr-gov-nhrc',
  individual: 'vr-gov-nhrc',
  trade_union: 'vr-gov-min-planning',
  advocacy_group: 'vr-gov-parliament',
  social_movement: 'vr-gov-police',
};

/** Umbrella bodies a CSO may belong to, by subtype; others join the national platform. */
const UMBRELLA_BY_SUBTYPE: Record<string, string> = {
  womens_group: 'vr-cso-vwn',
  faith_based_organization: 'vr-cso-interreligious-council',
};

const MEDIATORS = new Set(['community_leader', 'faith_based_organization', 'individual']);

type Move = 'peer' | 'umbrella' | 'funded' | 'implements' | 'mission' | 'government' | 'international';
const MOVES: ReadonlyArray<readonly [Move, number]> = [
  ['peer', 45],
  ['umbrella', 7],
  ['funded', 12],
  ['implements', 8],
  ['mission', 13],
  ['government', 10],
  ['international', 5],
];

class RandomTies {
  private readonly open: (id: string) => boolean;
  private readonly openCsos: DemoActor[];
  private readonly donors: string[];
  private readonly sections: DemoActor[];

  constructor(
    private readonly random: SeededRandom,
    private readonly builder: TieBuilder,
    actors: readonly DemoActor[],
  ) {
    const adjacent = partyAdjacent(builder.ties);
    this.open = (id) => !adjacent.has(id);
    this.openCsos = actors.filter((a) => a.kind === 'civil_society' && this.open(a.id));
    this.donors = [...actors.filter((a) => a.kind === 'donor').map((a) => a.id), ...REFERENCE_DONOR_IDS];
    this.sections = actors.filter((a) => a.kind === 'mission_component' && this.open(a.id));
  }

  run(): void {
    for (const cso of this.openCsos) {
      const wanted = this.random.weighted([
        [1, 15],
        [2, 35],
        [3, 30],
        [4, 15],
        [5, 5],
      ]);
      for (let attempt = 0, made = 0; made < wanted && attempt < wanted * 4; attempt += 1) {
        if (this.tieFrom(cso, this.random.weighted(MOVES))) made += 1;
      }
    }
  }

  private add(type: TieType, sourceId: string, targetId: string, outputId?: string): boolean {
    if (!this.open(sourceId) || !this.open(targetId)) return false;
    return this.builder.add(type, sourceId, targetId, outputId === undefined ? {} : { outputId });
  }

  private tieFrom(cso: DemoActor, move: Move): boolean {
    const focus = CSO_FOCUS_OUTPUT[cso.subtype] ?? 'civil-society';
    switch (move) {
      case 'peer': {
        const near = this.openCsos.filter((other) => other.activeIn.some((area) => cso.activeIn.includes(area)));
        const peer = this.random.pick(near.length > 1 ? near : this.openCsos);
        const type = this.random.weighted<TieType>([
          ['cooperates_with', 50],
          ['communicates_with', 18],
          ['allied_with', 8],
          ['in_conflict_with', 8],
          ['influences', 8],
          [MEDIATORS.has(cso.subtype) ? 'mediates_between' : 'cooperates_with', 8],
        ]);
        return this.add(type, cso.id, peer.id);
      }
      case 'umbrella':
        return this.add('affiliated_with', cso.id, UMBRELLA_BY_SUBTYPE[cso.subtype] ?? 'vr-cso-civil-platform');
      case 'funded': {
        const outputId = this.random.chance(0.8) ? focus : 'civil-society';
        if (this.builder.isFunded(cso.id, outputId)) return false;
        return this.add('funds', this.random.pick(this.donors), cso.id, outputId);
      }
      case 'implements':
        return this.add('implements_for', cso.id, this.random.pick(AGENCIES_BY_OUTPUT[focus] ?? ['undp']), focus);
      case 'mission': {
        const inEast = cso.basedIn.includes('eastern-marches');
        const section =
          inEast && this.random.chance(0.5)
            ? 'vr-mis-field-office-east'
            : this.random.pick(this.sections.filter((s) => s.id !== 'vr-mis-field-office-east')).id;
        return this.add(this.random.chance(0.6) ? 'communicates_with' : 'cooperates_with', section, cso.id);
      }
      case 'government': {
        const local = `vr-gov-la-${cso.basedIn[0] ?? 'veridia-capital'}`;
        const authority = this.random.chance(0.6) ? local : (MINISTRY_BY_SUBTYPE[cso.subtype] ?? local);
        const type = this.random.weighted<TieType>([
          ['cooperates_with', 45],
          ['influences', 25],
          ['in_conflict_with', 20],
          ['communicates_with', 10],
        ]);
        return this.add(type, authority, cso.id);
      }
      case 'international':
        return this.random.chance(0.5)
          ? this.add('cooperates_with', this.random.pick(['vr-io-medecins-paix', 'vr-io-global-mediation']), cso.id)
          : !this.builder.isFunded(cso.id, focus) && this.add('funds', 'vr-donor-foundation', cso.id, focus);
    }
  }
}

/** Conflict parties and everyone with a tie to one. */
function partyAdjacent(ties: readonly DemoTie[]): Set<string> {
  const parties = new Set<string>(Object.values(PARTY_IDS));
  const adjacent = new Set(parties);
  for (const tie of ties) {
    if (parties.has(tie.sourceId)) adjacent.add(tie.targetId);
    if (parties.has(tie.targetId)) adjacent.add(tie.sourceId);
  }
  return adjacent;
}

/** Every tie of the scenario, numbered vr-tie-0001 onwards. */
export function buildTies(random: SeededRandom, actors: readonly DemoActor[]): DemoTie[] {
  const sensitivity = new Map<string, Sensitivity>();
  for (const actor of actors) {
    sensitivity.set(actor.id, actor.sensitivity ?? defaultSensitivityFor(actor.subtype));
  }
  const builder = new TieBuilder(random, sensitivity);
  addFixedTies(builder);
  new RandomTies(random, builder, actors).run();
  return builder.ties;
}
