/**
 * Every word a briefing prints, one table per kind (and one shared), so that a translation is a
 * copy of these tables: the builders and writers hold no user-visible English of their own.
 * Numbers are passed in and formatted here, as a translation would need to place them.
 */
import { signOf, type ExportProfile, type LEAN_STRENGTHS } from '../contracts/index.js';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

export const COMMON_TEXT = {
  map: 'Map',
  date: 'Date',
  madeBy: 'Prepared by',
  profile: 'Redaction profile',
  marking: 'Sensitivity marking',
  /** `level` is the sensitivity's word from the vocabulary catalogue ("Internal"). */
  markingLine: (level: string) => `Sensitivity: ${level.toUpperCase()}`,
  profiles: {
    full: 'full (everything the author may see)',
    internal: 'internal (actors above internal pseudonymised, free text removed)',
    shareable: 'shareable (public records only, free text removed)',
  } satisfies Record<ExportProfile, string>,
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  generatedBy: 'Made with Actor Map from the records its author may see.',
  none: 'None.',
  withheld: '(withheld)',
  yes: 'yes',
  no: 'no',
  percent,
  /** A count or score as this language writes numbers (English: as the analysis gives it). */
  number: (n: number) => String(n),
  /** A score with two decimals ("0.75"). */
  decimal: (n: number | null) => (n === null ? '–' : n.toFixed(2)),
  /** An ISO day (YYYY-MM-DD) as this language writes dates (English: ISO, as the analyses and exports). */
  day: (iso: string) => iso,
  /** A record's words when they are more than one (kinds, subtypes...): joined with commas. */
  list: (items: string[]) => items.join(', '),
  /** A label before what it introduces: "Period:" (French puts a space before the colon). */
  label: (label: string) => `${label}:`,
  pictureNote: 'Drawn on the server from the same records as this briefing.',
};

export const COORDINATION_TEXT = {
  title: 'Coordination briefing',
  summary: 'Summary',
  summaryLine: (outputs: number, areas: number, totalAreas: number) =>
    `${outputs} outputs across ${areas} admin areas in scope (of ${totalAreas} in the map).`,
  counts: (gaps: number, overlaps: number, fragile: number, duplications: number) =>
    `${gaps} gaps, ${overlaps} overlaps, ${fragile} fragile cells, ${duplications} cases of duplicated funding.`,
  gaps: 'Gaps: no lead in the area',
  overlaps: 'Overlaps: three or more UN entities or donors with no shared mechanism',
  fragile: 'Fragile cells: one actor carries the output alone',
  duplications: 'Duplicated funding',
  byArea: 'Outputs by area',
  cellColumns: ['Output', 'Area', 'Leads', 'Supports'],
  areaColumns: ['Output', 'Areas led', 'Gaps', 'Overlaps', 'Fragile'],
  duplicationColumns: ['Output', 'Recipient', 'Funders', 'Coordinated'],
  matrix: 'Matrix of outputs and agencies',
  matrixCaption: 'Outputs (rows) by agencies (columns): L leads, S supports, in at least one area; l, s: global role only.',
  roles: 'Agencies in each role',
  roleColumns: ['Output', 'Leads', 'Supports'],
  mechanisms: 'Coordination mechanisms',
  mechanismColumns: ['Mechanism', 'Kind', 'Outputs', 'Members'],
  lead: 'L',
  support: 'S',
  globalLead: 'l',
  globalSupport: 's',
};

export const ENGAGEMENT_TEXT = {
  title: 'Engagement briefing',
  period: 'Period',
  allTime: 'all recorded engagements',
  periodLine: (from: string | null, to: string | null) => `${from ?? 'first engagement'} to ${to ?? 'latest engagement'}`,
  summary: 'Summary',
  summaryLine: (engagements: number, participations: number) =>
    `${engagements} engagements with ${participations} participations (an actor at three meetings counts three).`,
  concentration: (capitalShare: number | null, gini: number | null) =>
    `Share held in the capital: ${percent(capitalShare)}. Spread over areas (Gini, 0 = even): ${gini === null ? '–' : gini.toFixed(2)}.`,
  byArea: 'By area',
  areaColumns: ['Area', 'Capital', 'Engagements', 'Participations', 'Share'],
  bySide: 'By side: lean of the participants toward each party',
  sideColumns: ['Party', 'Participations', 'Share'],
  nonAligned: (n: number) => `Participations by actors with no clear lean: ${n}.`,
  balanceIndex: (index: number | null) =>
    `Balance between the parties (1 = even, 0 = all toward one): ${index === null ? '–' : index.toFixed(2)}.`,
  bySubtype: 'By civil society subtype',
  subtypeColumns: ['Subtype', 'Engagements', 'Participations'],
  womenYouth: 'Women and youth',
  women: (mechanism: number, participations: number) =>
    `Women: ${mechanism} engagements through a women's mechanism; ${participations} participations of women-focused organisations.`,
  youth: (mechanism: number, participations: number) =>
    `Youth: ${mechanism} engagements through a youth mechanism; ${participations} participations of youth-focused organisations.`,
  neverEngaged: 'Influential civil society never engaged',
  neverColumns: ['Organisation', 'Subtype', 'Influence'],
  picture: 'The network, engaged actors highlighted',
  pictureCaption: 'Actors and ties; filled circles took part in an engagement in the period.',
};

export const ACTOR_TEXT = {
  title: 'Actor briefing',
  about: 'What it is',
  aboutColumns: ['Field', 'Value'],
  fields: {
    name: 'Name',
    originalName: 'Name in original script',
    acronym: 'Acronym',
    kind: 'Kind',
    subtype: 'Subtype',
    basedIn: 'Based in',
    activeIn: 'Active in',
    description: 'Description',
  },
  position: 'Position',
  positionColumns: ['Influence (1-5)', 'Interest (1-5)', 'Stance (-2 to 2)', 'Do-no-harm role'],
  lean: (party: string, strength: string) => `Leans toward ${party} (${strength}).`,
  strengths: { strong: 'strong', moderate: 'moderate', weak: 'weak' } satisfies Record<(typeof LEAN_STRENGTHS)[number], string>,
  noLean: 'No lean toward a party within three steps.',
  ties: 'Ties',
  tieColumns: ['Tie', 'With', 'Strength', 'Confidence'],
  tieCount: (n: number) => `${n} ties.`,
  check: 'Do-no-harm check',
  decisions: {
    engage: 'Engage.',
    engage_with_care: 'Engage with care.',
    do_not_engage_yet: 'Do not engage yet.',
  } as Record<string, string>,
  directParties: 'Parties tied directly',
  twoStepParties: 'Parties two steps away',
  dividers: 'Dividers on those paths or tied to the actor',
  reasons: 'Why',
  balance: (now: number | null, then: number | null) =>
    `Balance of engagements between the parties: now ${now === null ? '–' : now.toFixed(2)}, if engaged ${then === null ? '–' : then.toFixed(2)} (1 = even).`,
  engagements: 'Recent engagements',
  engagementColumns: ['Date', 'Format', 'Area', 'Participants'],
  picture: 'Its network',
  pictureCaption: 'The actor and the actors it is tied to.',
};

export const CHANGE_TEXT = {
  title: 'Change brief',
  from: 'From',
  to: 'To',
  endLine: (round: string | null, at: string) => (round ? `${round} (${at})` : at),
  named: 'The changes that matter',
  newConflictPartyTies: 'New ties to a party to the conflict',
  newConflictPartyTie: (actor: string, party: string, type: string) => `${actor}: newly tied to ${party} (${type}).`,
  stanceShifts: 'Stance shifts',
  stanceShift: (actor: string, before: string, after: string) => `${actor}: stance ${before} → ${after}.`,
  doNoHarmShifts: 'Do-no-harm role shifts',
  doNoHarmShift: (actor: string, before: string, after: string) => `${actor}: ${before} → ${after}.`,
  influenceMoves: 'Influence moves (rank by PageRank, 1 = most central)',
  influenceMove: (actor: string, before: number, after: number) => `${actor}: rank ${before} → ${after}.`,
  counts: 'What changed, in numbers',
  countColumns: ['Records', 'Added', 'Removed', 'Changed'],
  actors: 'Actors',
  ties: 'Ties',
  added: (what: string) => `${what} added`,
  removed: (what: string) => `${what} removed`,
  changed: (what: string) => `${what} changed`,
  actorColumns: ['Actor', 'Kind'],
  tieColumns: ['Tie', 'Between', 'And'],
  changeColumns: ['Record', 'Field', 'Before', 'After'],
  withheldValue: '(withheld under this profile)',
  empty: '–',
  further: 'Further changes',
  coordination: 'Coordination and engagement',
  roles: 'Lead and support roles',
  roleColumns: ['Change', 'Agency', 'Role', 'Output', 'Admin area'],
  engagements: 'Engagements',
  engagementColumns: ['Change', 'Date', 'Admin area'],
  gaps: 'Coordination gaps',
  gapColumns: ['Change', 'Output', 'Admin area'],
  share: 'Engagement share',
  shareByArea: 'By admin area',
  shareBySide: 'By side (participants\u2019 lean toward each party)',
  shareColumns: (first: string) => [first, 'Before', 'After', 'Change'],
  areaColumn: 'Admin area',
  sideColumn: 'Side',
  marks: { added: 'Added', removed: 'Removed', changed: 'Changed', opened: 'Opened', closed: 'Closed' },
  noChange: 'No change.',
  move: (before: string, after: string) => `${before} → ${after}`,
  wholeCountry: 'whole country',
  capital: (area: string) => `${area} (capital)`,
  engagementCount: 'Engagements',
  nonAligned: 'No or weak lean',
  balanceIndex: 'Balance index (1 = even)',
  /** The move between two shares in percentage points, signed. */
  points: (moved: number) => `${signOf(moved)}${Math.abs(moved).toFixed(1)} points`,
  /** A count's or an index's move, signed. */
  signed: (moved: number) => `${signOf(moved)}${Math.abs(moved)}`,
  pseudonym: (hash: string) => `Actor ${hash}`,
  summary: (actors: [number, number, number], ties: [number, number, number]) =>
    `Actors: ${actors[0]} added, ${actors[1]} removed, ${actors[2]} changed. Ties: ${ties[0]} added, ${ties[1]} removed, ${ties[2]} changed.`,
  /** Field names as printed; a field missing here is printed as its name split into words. */
  fields: {
    stance: 'stance',
    doNoHarmRole: 'do-no-harm role',
    influence: 'influence',
    interest: 'interest',
    sensitivity: 'sensitivity',
    basedIn: 'based in',
    activeIn: 'active in',
    strength: 'strength',
    confidence: 'confidence',
  } as Record<string, string>,
};

/** Every table of one language: the French and Arabic files are typed as this, so a missing entry fails the build. */
export const ENGLISH_TEXT = {
  common: COMMON_TEXT,
  coordination: COORDINATION_TEXT,
  engagement: ENGAGEMENT_TEXT,
  actor: ACTOR_TEXT,
  change: CHANGE_TEXT,
};
export type BriefingText = typeof ENGLISH_TEXT;
