/**
 * The hand-written, non-civil-society actors of Veridia: conflict parties, host government,
 * the mission's sections, donors and international organisations. Civil society is generated
 * in demo-scenario-actors.ts.
 */
import type { ActorKind, Sensitivity } from '../contracts/vocabulary.js';
import type { DO_NO_HARM_ROLES } from '../contracts/vocabulary.js';
import { AREA_IDS, DEMO_AREAS } from './demo-scenario-names.js';
import { CAPITAL_AREA_ID, PARTY_IDS } from './demo-scenario-patterns.js';

/** An actor as the demo writes it: every field the analyses read is filled in. */
export interface DemoActor {
  id: string;
  name: string;
  kind: ActorKind;
  subtype: string;
  acronym?: string;
  aliases: string[];
  description: string;
  basedIn: string[];
  activeIn: string[];
  influence: number;
  interest: number;
  stance: number;
  doNoHarmRole: (typeof DO_NO_HARM_ROLES)[number];
  womenFocus: boolean;
  youthFocus: boolean;
  needs: string[];
  sensitivity?: Sensitivity;
  reviewBy?: string;
}

type Extras = Partial<Omit<DemoActor, 'id' | 'name' | 'kind' | 'subtype' | 'description'>>;

/** One institution, based in the capital and active country-wide unless told otherwise. */
export function institution(
  id: string,
  name: string,
  kind: ActorKind,
  subtype: string,
  description: string,
  extras: Extras = {},
): DemoActor {
  return {
    id,
    name,
    kind,
    subtype,
    aliases: [],
    description: `(Fictional) ${description}`,
    basedIn: [CAPITAL_AREA_ID],
    activeIn: [...AREA_IDS],
    influence: 3,
    interest: 3,
    stance: 1,
    doNoHarmRole: 'unknown',
    womenFocus: false,
    youthFocus: false,
    needs: [],
    ...extras,
  };
}

const EAST = 'eastern-marches';
const NORTH = 'north-highlands';

function conflictParties(): DemoActor[] {
  return [
    institution(
      PARTY_IDS.militia,
      'Highland Defence Brigades',
      'conflict_party',
      'militia',
      'Government-aligned militia recruited from highland villages; accused of abuses against returnees.',
      {
        acronym: 'HDB',
        aliases: ['Brigades de Défense des Hautes-Terres'],
        basedIn: [NORTH],
        activeIn: [NORTH, 'central-valley', EAST],
        influence: 4,
        interest: 5,
        stance: -1,
        doNoHarmRole: 'divider',
        sensitivity: 'confidential',
      },
    ),
    institution(
      PARTY_IDS.rebels,
      'Veridian Liberation Movement',
      'conflict_party',
      'armed_group',
      'Rebel movement fighting the central government; signatory to a stalled ceasefire.',
      {
        acronym: 'VLM',
        aliases: ['Movimiento de Liberación Veridiano'],
        basedIn: ['central-valley'],
        activeIn: ['central-valley', 'western-plains', NORTH, 'lake-district'],
        influence: 5,
        interest: 5,
        stance: -1,
        doNoHarmRole: 'divider',
        sensitivity: 'confidential',
      },
    ),
    institution(
      PARTY_IDS.separatists,
      'Mouvement pour la Libération de l\u2019Est',
      'conflict_party',
      'armed_group',
      'Separatist armed group controlling parts of the Eastern Marches; not party to the ceasefire.',
      {
        acronym: 'MLE',
        aliases: ['Eastern Liberation Movement'],
        basedIn: [EAST],
        activeIn: [EAST],
        influence: 4,
        interest: 5,
        stance: -2,
        doNoHarmRole: 'divider',
        sensitivity: 'confidential',
      },
    ),
  ];
}

function government(): DemoActor[] {
  const gov = (id: string, name: string, subtype: string, description: string, extras: Extras = {}) =>
    institution(id, name, 'government', subtype, description, extras);
  const localAuthorities = DEMO_AREAS.map((area) =>
    gov(
      `vr-gov-la-${area.id}`,
      area.isCapital ? 'Port Aurel City Council' : `Governorate of ${area.name}`,
      'local_authority',
      `Local authority for ${area.name}.`,
      { basedIn: [area.id], activeIn: [area.id], influence: area.id === EAST ? 2 : 3, interest: 3, stance: area.id === EAST ? 0 : 1 },
    ),
  );
  return [
    gov(
      'vr-gov-presidency',
      'Office of the President of the Republic of Veridia',
      'head_of_state_or_government',
      'Presidency; leads the government delegation in the peace talks.',
      { influence: 5, interest: 5, stance: 0, doNoHarmRole: 'both' },
    ),
    gov('vr-gov-min-interior', 'Ministry of Interior and Decentralisation', 'ministry', 'Oversees police and governorates.', {
      influence: 4,
      interest: 4,
      stance: 0,
    }),
    gov(
      'vr-gov-min-women',
      'Ministry of Gender, Women and Family',
      'ministry',
      'Leads the national action plan on women, peace and security.',
      { influence: 2, interest: 5, stance: 2, womenFocus: true, doNoHarmRole: 'connector' },
    ),
    gov('vr-gov-min-youth', 'Ministère de la Jeunesse et des Sports', 'ministry', 'Youth and sports ministry.', {
      influence: 2,
      interest: 4,
      stance: 1,
      youthFocus: true,
    }),
    gov('vr-gov-min-planning', 'Ministry of Planning and Reconstruction', 'ministry', 'Coordinates recovery and development aid.', {
      influence: 4,
      interest: 4,
      stance: 1,
    }),
    gov(
      'vr-gov-min-social',
      'Ministry of Social Affairs and Humanitarian Action',
      'ministry',
      'Government counterpart for relief and returns.',
      { influence: 3, interest: 4, stance: 1 },
    ),
    gov(
      'vr-gov-min-information',
      'Ministry of Information and Communication',
      'ministry',
      'Licenses media; has suspended two radio stations.',
      { influence: 3, interest: 3, stance: 0, doNoHarmRole: 'divider' },
    ),
    gov('vr-gov-armed-forces', 'Forces Armées Véridiennes', 'security_forces', 'National armed forces.', {
      acronym: 'FAV',
      aliases: ['Veridian Armed Forces'],
      influence: 5,
      interest: 5,
      stance: 0,
      doNoHarmRole: 'divider',
      sensitivity: 'confidential',
    }),
    gov('vr-gov-police', 'Veridian National Police', 'security_forces', 'National police service.', {
      acronym: 'VNP',
      influence: 3,
      interest: 4,
      stance: 1,
    }),
    gov('vr-gov-parliament', 'National Assembly of Veridia', 'legislature', 'Unicameral parliament.', {
      influence: 3,
      interest: 3,
      stance: 1,
    }),
    gov('vr-gov-supreme-court', 'Cour Suprême de Véridie', 'judiciary', 'Supreme court.', { influence: 3, interest: 2, stance: 1 }),
    gov(
      'vr-gov-nhrc',
      'National Human Rights Commission of Veridia',
      'national_commission',
      'Independent national human rights institution; under-funded.',
      { acronym: 'NHRC', influence: 2, interest: 5, stance: 2, doNoHarmRole: 'connector' },
    ),
    gov(
      'vr-gov-ddr-commission',
      'National Commission for Disarmament and Reintegration',
      'national_commission',
      'Government body for demobilisation and reintegration of former combatants.',
      { acronym: 'NCDR', influence: 3, interest: 4, stance: 1 },
    ),
    ...localAuthorities,
  ];
}

/** One section of each mission_component subtype, plus a field office. */
function missionSections(): DemoActor[] {
  const section = (id: string, name: string, subtype: string, acronym: string, description: string, extras: Extras = {}) =>
    institution(
      id,
      name,
      'mission_component',
      subtype,
      `Section of the United Nations Integrated Mission in Veridia (UNIMIV). ${description}`,
      { acronym, influence: 4, interest: 4, stance: 2, doNoHarmRole: 'connector', ...extras },
    );
  return [
    section(
      'vr-mis-osrsg',
      'Office of the Special Representative of the Secretary-General',
      'srsg_office',
      'OSRSG',
      'Leads the mission and its good offices in the peace talks.',
      { influence: 5, interest: 5 },
    ),
    section(
      'vr-mis-odsrsg',
      'Office of the Deputy SRSG / Resident and Humanitarian Coordinator',
      'dsrsg_office',
      'ODSRSG-RC/HC',
      'Links the mission with the UN country team.',
      { influence: 4, interest: 5 },
    ),
    section(
      'vr-mis-civil-affairs',
      'Civil Affairs Section',
      'civil_affairs',
      'CAS',
      'Engages and maps civil society and local authorities.',
    ),
    section(
      'vr-mis-human-rights',
      'Human Rights Division',
      'human_rights',
      'HRD',
      'Monitors and reports on human rights; protects defenders.',
    ),
    section(
      'vr-mis-political-affairs',
      'Political Affairs Division',
      'political_affairs',
      'PAD',
      'Supports the peace process and political dialogue.',
    ),
    section(
      'vr-mis-strategic-comms',
      'Strategic Communications and Public Information Section',
      'strategic_communications',
      'SCPI',
      'Runs the mission radio and counters misinformation.',
    ),
    section(
      'vr-mis-community-policing',
      'Community-Oriented Policing Unit',
      'community_policing',
      'COPU',
      'Works with neighbourhood watch groups and local police.',
      { influence: 2 },
    ),
    section('vr-mis-force', 'Force Headquarters', 'force', 'FHQ', 'Military component of the mission.', { influence: 5, interest: 3 }),
    section('vr-mis-police', 'UN Police Component', 'police', 'UNPOL', 'Advises and supports the national police.', { influence: 3 }),
    section('vr-mis-gender-unit', 'Gender Affairs Unit', 'gender_unit', 'GAU', 'Advises on gender and works with women\u2019s groups.', {
      womenFocus: true,
      influence: 2,
    }),
    section(
      'vr-mis-dddr',
      'Disarmament, Demobilization and Reintegration Section',
      'dddr',
      'DDR',
      'Supports disarmament and reintegration.',
      { influence: 3 },
    ),
    section(
      'vr-mis-poc-unit',
      'Protection of Civilians Unit',
      'other_section',
      'POC',
      'Coordinates the mission\u2019s protection of civilians.',
      { influence: 3 },
    ),
    section(
      'vr-mis-field-office-east',
      'Field Office Dar Nasra',
      'other_section',
      'FO-East',
      'The mission\u2019s only office in the Eastern Marches.',
      { basedIn: [EAST], activeIn: [EAST], influence: 2 },
    ),
  ];
}

function donorsAndOrganisations(): DemoActor[] {
  const donor = (id: string, name: string, subtype: string, description: string, extras: Extras = {}) =>
    institution(id, name, 'donor', subtype, description, { influence: 4, interest: 3, stance: 2, doNoHarmRole: 'connector', ...extras });
  const org = (id: string, name: string, subtype: string, description: string, extras: Extras = {}) =>
    institution(id, name, 'international_org', subtype, description, { influence: 3, interest: 4, stance: 2, ...extras });
  return [
    donor('vr-donor-a', 'Donor Country A Development Agency', 'bilateral_donor', 'Bilateral donor focused on gender and governance.', {
      acronym: 'DCADA',
    }),
    donor(
      'vr-donor-b',
      'Donor Country B Ministry of Foreign Affairs',
      'bilateral_donor',
      'Bilateral donor; funds women\u2019s and refugee programmes.',
    ),
    donor('vr-donor-c', 'Donor Country C Cooperation Office', 'bilateral_donor', 'Bilateral donor; media and youth.'),
    donor('vr-donor-d', 'Agencia de Cooperación del País D', 'bilateral_donor', 'Bilateral donor; media freedom and civic space.', {
      acronym: 'ACPD',
    }),
    donor('vr-donor-e', 'Donor Country E Embassy Small Grants', 'bilateral_donor', 'Small grants to community organisations.', {
      influence: 2,
    }),
    donor('vr-donor-foundation', 'Fondation Lumière pour la Paix', 'foundation', 'Private foundation supporting local peacebuilders.', {
      influence: 2,
      aliases: ['Lumière Peace Foundation'],
    }),
    donor(
      'vr-donor-regional-fund',
      'Meridian Regional Peace Trust Fund',
      'multilateral_donor',
      'Pooled fund of the regional organisation.',
      { acronym: 'MRPTF', influence: 3 },
    ),
    org(
      'vr-io-meridian-union',
      'Union of Meridian States',
      'regional_organization',
      'Regional organisation; co-mediates the peace talks.',
      { acronym: 'UMS', influence: 4 },
    ),
    org(
      'vr-io-icph',
      'International Council for the Protection of Humanity',
      'international_organization',
      'Neutral humanitarian organisation visiting detainees.',
      { acronym: 'ICPH', stance: 1 },
    ),
    org('vr-io-medecins-paix', 'Médecins pour la Paix', 'international_ngo', 'International medical NGO.', { acronym: 'MPP' }),
    org('vr-io-global-mediation', 'Global Mediation Initiative', 'international_ngo', 'International NGO supporting insider mediators.', {
      acronym: 'GMI',
      influence: 2,
    }),
  ];
}

/** All non-civil-society actors of the scenario. */
export function buildInstitutions(): DemoActor[] {
  return [...conflictParties(), ...government(), ...missionSections(), ...donorsAndOrganisations()];
}
