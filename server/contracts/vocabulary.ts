/**
 * The closed vocabularies of the actor map: kinds of actor and their subtypes, tie types,
 * sensitivity levels and the other enumerations. One list each; the zod schemas, the Neo4j
 * label/type allowlist and the client legend are all derived from these.
 */

export const ACTOR_KINDS = [
  'civil_society',
  'mission_component',
  'un_entity',
  'government',
  'conflict_party',
  'donor',
  'international_org',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Human-readable names, used by the legend, exports and error messages. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  civil_society: 'Civil society organization',
  mission_component: 'Mission component',
  un_entity: 'UN agency, fund or programme',
  government: 'Host government institution',
  conflict_party: 'Party to the conflict',
  donor: 'Donor or financial institution',
  international_org: 'Regional or international organization',
};

/** Subtypes allowed for each kind. Civil society subtypes are those the handbook names. */
export const ACTOR_SUBTYPES = {
  civil_society: [
    'individual',
    'human_rights_defender',
    'journalist_or_independent_media',
    'community_leader',
    'trade_union',
    'womens_group',
    'youth_group',
    'faith_based_organization',
    'advocacy_group',
    'social_movement',
    'social_media_community',
  ],
  mission_component: [
    'srsg_office',
    'dsrsg_office',
    'civil_affairs',
    'human_rights',
    'political_affairs',
    'strategic_communications',
    'community_policing',
    'force',
    'police',
    'gender_unit',
    'dddr',
    'other_section',
  ],
  un_entity: ['agency', 'fund', 'programme', 'department_or_office', 'resident_coordinator_office'],
  government: [
    'ministry',
    'security_forces',
    'local_authority',
    'legislature',
    'judiciary',
    'national_commission',
    'head_of_state_or_government',
  ],
  conflict_party: ['armed_group', 'state_armed_force', 'militia', 'political_movement'],
  donor: ['bilateral_donor', 'multilateral_donor', 'international_financial_institution', 'foundation'],
  international_org: ['regional_organization', 'international_organization', 'international_ngo'],
} as const satisfies Record<ActorKind, readonly string[]>;

export type ActorSubtype = (typeof ACTOR_SUBTYPES)[ActorKind][number];
export const ALL_ACTOR_SUBTYPES = Object.values(ACTOR_SUBTYPES).flat() as ActorSubtype[];

/** Tie types between actors: the relationship types a request may name. */
export const TIE_TYPES = [
  'allied_with',
  'in_conflict_with',
  'affiliated_with',
  'funds',
  'influences',
  'mediates_between',
  'cooperates_with',
  'communicates_with',
  'implements_for',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

export const TIE_TYPE_LABELS: Record<TieType, string> = {
  allied_with: 'Allied with',
  in_conflict_with: 'In conflict with',
  affiliated_with: 'Member of or affiliated with',
  funds: 'Funds',
  influences: 'Influences',
  mediates_between: 'Mediates between',
  cooperates_with: 'Cooperates with',
  communicates_with: 'Communicates with',
  implements_for: 'Implements for',
};

/** Whether a tie of this type points from source to target unless the caller says otherwise. */
export const TIE_TYPE_DIRECTED_BY_DEFAULT: Record<TieType, boolean> = {
  allied_with: false,
  in_conflict_with: false,
  affiliated_with: true,
  funds: true,
  influences: true,
  mediates_between: false,
  cooperates_with: false,
  communicates_with: false,
  implements_for: true,
};

/** UN information sensitivity levels, lowest first. */
export const SENSITIVITY_LEVELS = ['public', 'internal', 'confidential', 'strictly_confidential'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

export const DO_NO_HARM_ROLES = ['connector', 'divider', 'both', 'unknown'] as const;

/** The sign a signed number is written with: "+", a true minus sign (U+2212, not a hyphen), or none for 0. */
export function signOf(value: number): string {
  return value > 0 ? '+' : value < 0 ? '\u2212' : '';
}

const STANCE_WORDS: Record<number, string> = { [-2]: 'hostile', [-1]: 'sceptical', 0: 'neutral', 1: 'supportive', 2: 'strong' };

/**
 * The arguments of the catalogues' `format.stance` message for a stance -2..+2 ("+1 (supportive)",
 * "−2 (hostile)": a true minus sign, the magnitude as a number, the word's key), shared by the
 * interface (client/ui/format.ts) and the briefings (server/briefings/language.ts), so the product
 * writes a stance one way.
 */
export function stanceMessageArguments(stance: number): { sign: string; value: number; stance: string } {
  return { sign: signOf(stance), value: Math.abs(stance), stance: STANCE_WORDS[stance] ?? 'unknown' };
}
export const CONFIDENCE_LEVELS = ['reported', 'corroborated', 'confirmed'] as const;
export const BENCHMARK_TERMS = ['short', 'medium', 'long'] as const;
export const BENCHMARK_STATUSES = ['not_started', 'in_progress', 'met', 'at_risk'] as const;
export const OUTPUT_ROLES = ['lead', 'support'] as const;
export const OUTPUT_STANCES = ['contributes_to', 'obstructs'] as const;
export const MECHANISM_KINDS = ['cmcoord_centre', 'cluster', 'civil_society_advisory_committee', 'donor_group', 'other'] as const;
export const ENGAGEMENT_FORMATS = ['meeting', 'consultation', 'workshop', 'field_visit', 'town_hall', 'remote_call'] as const;

/** Subtypes that name people rather than organisations: confidential unless said otherwise. */
export const SUBTYPES_CONFIDENTIAL_BY_DEFAULT: readonly string[] = ['individual', 'human_rights_defender'];

/** The sensitivity an actor gets when the caller gives none. */
export function defaultSensitivityFor(subtype: string | undefined): Sensitivity {
  return subtype !== undefined && SUBTYPES_CONFIDENTIAL_BY_DEFAULT.includes(subtype) ? 'confidential' : 'internal';
}
