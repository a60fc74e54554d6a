/**
 * Word lists for the fictional Republic of Veridia: its areas and towns, people's names, and
 * name patterns for each civil society subtype. Names mix English, French, Spanish and Arabic
 * script on purpose, so the app is exercised with accents and right-to-left text.
 */

export interface DemoArea {
  id: string;
  name: string;
  pcode: string;
  isCapital: boolean;
  /** What `{area}` becomes in organisation names. */
  label: string;
  /** Towns, or for the capital its quarters; `{town}` in names is one of these. */
  towns: readonly string[];
  /** Relative share of locally based civil society; the capital hosts the most. */
  civilSocietyWeight: number;
}

export const DEMO_AREAS: readonly DemoArea[] = [
  {
    id: 'veridia-capital',
    name: 'Port Aurel Capital District',
    pcode: 'VR01',
    isCapital: true,
    label: 'Port Aurel',
    towns: ['Port Aurel', 'Vieux-Port', 'Santa Clara', 'Hillside'],
    civilSocietyWeight: 30,
  },
  {
    id: 'north-highlands',
    name: 'North Highlands',
    label: 'North Highlands',
    pcode: 'VR02',
    isCapital: false,
    towns: ['Kessenberg', 'Alto Miral'],
    civilSocietyWeight: 11,
  },
  {
    id: 'southern-coast',
    name: 'Southern Coast',
    label: 'Southern Coast',
    pcode: 'VR03',
    isCapital: false,
    towns: ['Sainte-Léonie', 'Puerto Calma'],
    civilSocietyWeight: 11,
  },
  {
    id: 'western-plains',
    name: 'Western Plains',
    label: 'Western Plains',
    pcode: 'VR04',
    isCapital: false,
    towns: ['Valdoro', 'Marrow Flats'],
    civilSocietyWeight: 9,
  },
  {
    id: 'lake-district',
    name: 'Lake District',
    label: 'Lake District',
    pcode: 'VR05',
    isCapital: false,
    towns: ['Lakemere', 'Isla Verde'],
    civilSocietyWeight: 9,
  },
  {
    id: 'central-valley',
    name: 'Central Valley',
    label: 'Central Valley',
    pcode: 'VR06',
    isCapital: false,
    towns: ['Tessaly', 'San Ramón'],
    civilSocietyWeight: 10,
  },
  {
    id: 'eastern-marches',
    name: 'Eastern Marches',
    label: 'Eastern Marches',
    pcode: 'VR07',
    isCapital: false,
    towns: ['Dar Nasra', 'Kharun'],
    civilSocietyWeight: 8,
  },
  {
    id: 'river-delta',
    name: 'River Delta',
    label: 'River Delta',
    pcode: 'VR08',
    isCapital: false,
    towns: ['Deltaport', 'Mbessa'],
    civilSocietyWeight: 9,
  },
];

export const AREA_IDS: readonly string[] = DEMO_AREAS.map((area) => area.id);

export const FIRST_NAMES = [
  'Amira',
  'Jean-Baptiste',
  'Rosa',
  'Kofi',
  'Leïla',
  'Tomás',
  'Nadia',
  'Ibrahim',
  'Hélène',
  'Mateo',
  'Grace',
  'Youssef',
  'Inès',
  'Samuel',
  'Fatou',
  'Andrés',
  'Miriam',
  'Olu',
  'Céline',
  'Rafael',
  'Zainab',
  'Pierre',
  'Lucía',
  'Hassan',
  'Esther',
  'Joaquín',
  'Aïcha',
  'Daniel',
  'Noor',
  'Béatrice',
] as const;

export const LAST_NAMES = [
  'Haddad',
  'Maldonado',
  'Okonkwo',
  'Durand',
  'Benali',
  'Ferreira',
  'Mensah',
  'Lefèvre',
  'Castillo',
  'Nasser',
  'Kiré',
  'Ortega',
  'Tshibanda',
  'Moreau',
  'Saleh',
  'Quiñones',
  'Abara',
  'Giraud',
  'Núñez',
  'Karim',
  'Obi',
  'Fontaine',
  'Salazar',
  'Mbeki-Aurel',
  'Zerrouki',
] as const;

/**
 * Name patterns per civil society subtype. `{town}` is a town of the area the actor is based in;
 * `{area}` is the area's name; `{person}` is a generated person's name.
 */
export const CSO_NAME_PATTERNS: Record<string, readonly string[]> = {
  individual: ['{person}'],
  human_rights_defender: ['{person}'],
  journalist_or_independent_media: [
    'Radio Voix de {town}',
    'The {town} Courier',
    '{person}',
    'Voz de {town} Community Radio',
    '{area} Investigative Reporters Collective',
    '{town} Citizen Journalists',
  ],
  community_leader: [
    '{town} Council of Elders',
    'Chief {person} of {town}',
    '{town} Traditional Authority',
    '{person}, village head near {town}',
    '{town} Neighbourhood Committee',
  ],
  trade_union: [
    '{town} Dockworkers\u2019 Union',
    'Syndicat des Travailleurs de {town}',
    'Farmers\u2019 Union of {area}',
    '{area} Teachers\u2019 Union',
    'Sindicato de Transportistas de {town}',
  ],
  womens_group: [
    '{town} Women\u2019s Peace Circle',
    'Association des Femmes de {town}',
    'Mujeres Unidas de {town}',
    '{town} Rural Women\u2019s Cooperative',
    '{town} Widows\u2019 Solidarity Group',
    'Women Mediators of {area}',
  ],
  youth_group: [
    '{town} Youth for Peace',
    'Jeunesse Active de {town}',
    'Jóvenes Constructores de {town}',
    '{area} Student Union',
    '{town} Young Leaders Forum',
    '{town} Youth Football League',
  ],
  faith_based_organization: [
    '{town} Interfaith Council',
    'Justice and Peace Commission of {town}',
    '{town} Mosque Committee',
    'Conseil Évangélique de {town}',
    'Hermandad de San José de {town}',
  ],
  advocacy_group: [
    '{area} Land Rights Coalition',
    '{town} Disability Rights Forum',
    'Centro de Estudios para la Paz ({town})',
    '{town} Victims\u2019 Association',
    '{area} Transparency Watch',
    '{town} Legal Aid Clinic',
  ],
  social_movement: ['{area} Land March', 'Movimiento Pan y Paz ({town})', '{town} Water Is Life Movement', 'Mouvement du 12 Mars ({town})'],
  social_media_community: ['#{town}Speaks', '{town} Neighbourhood WhatsApp Network', 'Voix du {area} (TikTok)', '{area} Peace Memes Page'],
};

/** Typical needs stated by each subtype; one to three are drawn per actor. */
export const CSO_NEEDS: Record<string, readonly string[]> = {
  individual: ['Protection from threats and reprisals', 'Travel support to attend consultations', 'Secure communication'],
  human_rights_defender: ['Protection and relocation options', 'Secure communication tools', 'Legal support', 'Psychosocial support'],
  journalist_or_independent_media: [
    'Safety training for reporters',
    'Equipment and transmitters',
    'Access to official information',
    'Core funding',
  ],
  community_leader: ['Recognition in local peace structures', 'Transport to district meetings', 'Dispute resolution training'],
  trade_union: ['Dialogue with employers and ministries', 'Freedom of association guarantees', 'Members\u2019 livelihoods support'],
  womens_group: ['Seats in local peace committees', 'Core funding', 'Childcare during consultations', 'Economic empowerment programmes'],
  youth_group: ['Employment and skills programmes', 'Meeting space', 'Inclusion in peace consultations', 'Sports and cultural equipment'],
  faith_based_organization: ['Support for interfaith dialogue', 'Trauma healing training', 'Recognition as mediators'],
  advocacy_group: ['Access to decision-makers', 'Research and data', 'Legal registration support', 'Core funding'],
  social_movement: ['Safe space for peaceful assembly', 'Dialogue with authorities', 'Organisational capacity'],
  social_media_community: ['Fact-checking partnerships', 'Moderation training', 'Counter hate-speech tools'],
};

/** What each subtype mostly works on, as a reference output id. */
export const CSO_FOCUS_OUTPUT: Record<string, string> = {
  individual: 'civil-society',
  human_rights_defender: 'civil-society',
  journalist_or_independent_media: 'independent-media',
  community_leader: 'return-reintegration',
  trade_union: 'recovery-to-development',
  womens_group: 'women-peace-security',
  youth_group: 'youth-participation',
  faith_based_organization: 'humanitarian-relief',
  advocacy_group: 'civil-society',
  social_movement: 'civil-society',
  social_media_community: 'independent-media',
};

/** How many generated actors of each subtype, before the hand-written ones. */
export const CSO_COUNTS: Record<string, number> = {
  individual: 10,
  human_rights_defender: 11,
  journalist_or_independent_media: 13,
  community_leader: 16,
  trade_union: 8,
  womens_group: 19,
  youth_group: 17,
  faith_based_organization: 12,
  advocacy_group: 14,
  social_movement: 7,
  social_media_community: 7,
};

/** Short descriptions per subtype, completed with the place. */
export const CSO_DESCRIPTIONS: Record<string, string> = {
  individual: 'Independent figure respected locally, often asked to mediate disputes',
  human_rights_defender: 'Documents violations and supports victims; has received threats',
  journalist_or_independent_media: 'Independent news outlet or reporter covering local affairs',
  community_leader: 'Customary or elected community leadership',
  trade_union: 'Workers\u2019 organisation with national and local branches',
  womens_group: 'Women\u2019s organisation working on participation, protection and livelihoods',
  youth_group: 'Youth-led organisation working on participation, skills and sport',
  faith_based_organization: 'Faith community active in relief, dialogue and reconciliation',
  advocacy_group: 'Advocacy organisation working on rights and accountability',
  social_movement: 'Loosely organised popular movement that mobilises around a local grievance',
  social_media_community: 'Online community with a large local following',
};

/** Where a tie's information comes from; a fictional source is always named as such. */
export const TIE_SOURCES = [
  'Civil Affairs field report (fictional)',
  'Human Rights Division monitoring note (fictional)',
  'Key informant interview (fictional)',
  'Partner reporting to donors (fictional)',
  'Open-source media monitoring (fictional)',
  'Joint Mission Analysis Centre brief (fictional)',
  'Community consultation notes (fictional)',
  'Project documents shared by the organisation (fictional)',
] as const;

/** Topics for engagement summaries by output; summaries never name confidential participants. */
export const ENGAGEMENT_TOPICS: Record<string, readonly string[]> = {
  'humanitarian-relief': ['humanitarian access along the main supply routes', 'safety of aid convoys'],
  'women-peace-security': ['women\u2019s seats in local peace committees', 'protection from conflict-related sexual violence'],
  'youth-participation': ['youth inclusion in the national dialogue', 'skills programmes for unemployed youth'],
  'civil-society': ['the mission\u2019s mandate and civil society priorities', 'threats against civic space'],
  'return-reintegration': ['conditions for voluntary return', 'land and property disputes affecting returnees'],
  'recovery-to-development': ['local recovery priorities', 'livelihoods and market reopening'],
  'independent-media': ['safety of journalists', 'hate speech and misinformation online'],
};
