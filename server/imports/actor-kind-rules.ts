/**
 * The rule that gives an organisation named in a 3W table an actor kind. Documented so a person
 * knows what to check after an import:
 *  1. UN entities: a known UN acronym in any language (UNHCR/ACNUR, WHO/OMS, IOM/OIM, ...), a name
 *     starting "UN" + capital (UNHABITAT, UN Women), or "United Nations"/"Nations Unies" -> un_entity.
 *  2. Governments: "Ministry"/"Ministère"/"Government", or "Mo"/"Go" + capital abbreviations (MoH, GoN) -> government.
 *  3. Bilateral development agencies (GIZ, JICA, SDC, USAID, ECHO...) -> donor.
 *  4. Red Cross/Red Crescent, well-known international NGOs (NRC, MSF, Oxfam, ...) or a name
 *     containing "International" -> international_org / international_ngo (ICRC/IFRC: international_organization).
 *  5. Everyone else -> civil_society without subtype (a person refines it).
 */
import type { ActorKind } from '../contracts/index.js';

export interface KindGuess {
  kind: ActorKind;
  subtype?: string;
}

const UN_SUBTYPES: Record<string, string> = {
  UNHCR: 'agency',
  ACNUR: 'agency',
  HCR: 'agency',
  WHO: 'agency',
  OMS: 'agency',
  FAO: 'agency',
  IOM: 'agency',
  OIM: 'agency',
  UNESCO: 'agency',
  ILO: 'agency',
  OIT: 'agency',
  UNIDO: 'agency',
  UNRWA: 'agency',
  UNV: 'programme',
  UNICEF: 'fund',
  UNFPA: 'fund',
  WFP: 'programme',
  PAM: 'programme',
  UNDP: 'programme',
  PNUD: 'programme',
  UNEP: 'programme',
  UNHABITAT: 'programme',
  UNAIDS: 'programme',
  UNOPS: 'department_or_office',
  OCHA: 'department_or_office',
  OHCHR: 'department_or_office',
  UNHAS: 'department_or_office',
  UNMAS: 'department_or_office',
  UNMIL: 'department_or_office',
  UNWOMEN: 'agency',
};
const DONORS = new Set([
  'GIZ',
  'JICA',
  'SDC',
  'USAID',
  'ECHO',
  'DFID',
  'FCDO',
  'SIDA',
  'NORAD',
  'DANIDA',
  'AFD',
  'KFW',
  'KOICA',
  'BPRM',
  'THW',
]);
const INGOS = new Set([
  'NRC',
  'IRC',
  'DRC',
  'LWF',
  'CARE',
  'OXFAM',
  'OGB',
  'MSF',
  'ACF',
  'ACTED',
  'INTERSOS',
  'IMC',
  'MDM',
  'WVI',
  'HI',
  'GOAL',
  'CONCERN',
  'JRS',
  'ADRA',
  'CRS',
  'TDH',
  'MEDAIR',
  'ZOA',
  'IRW',
  'IR',
  'HELPAGE',
  'MAG',
  'AVSI',
  'CISP',
  'COOPI',
  'GVC',
  'ICMC',
  'IOCC',
  'MERCYCORPS',
  'PU',
  'RI',
  'SCUK',
  'SC',
  'CAFOD',
  'CARITAS',
  'FCA',
  'GAA',
  'JEN',
  'PWJ',
  'SFCG',
  'REACH',
  'VSF',
  'MENTOR',
  'DCA',
  'ACRA',
]);
const ICRC = new Set(['ICRC', 'CICR', 'IFRC', 'FICR']);

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** The kind (and subtype where the rule is sure) of an organisation named in a table. */
export function guessActorKind(name: string): KindGuess {
  const words = tokens(name);
  const compact = words.join('');
  const first = words[0] ?? '';
  const unKey = Object.keys(UN_SUBTYPES).find((key) => words.includes(key) || compact === key);
  if (unKey) return { kind: 'un_entity', subtype: UN_SUBTYPES[unKey] ?? 'agency' };
  if (/^UN[A-Z]/.test(name.trim()) || /^UN\s+[A-Z]/.test(name.trim()) || /united nations|nations unies|naciones unidas/i.test(name)) {
    return { kind: 'un_entity', subtype: 'agency' };
  }
  if (/\b(ministry|minist[eè]re|ministerio|government|gouvernement|gobierno)\b/i.test(name) || /^(Mo|Go)[A-Z]/.test(name.trim())) {
    return /^Mo[A-Z]|minist/i.test(name.trim()) ? { kind: 'government', subtype: 'ministry' } : { kind: 'government' };
  }
  if (DONORS.has(first)) return { kind: 'donor', subtype: 'bilateral_donor' };
  if (words.some((word) => ICRC.has(word)) || /red cross|red crescent|croix[- ]rouge|cruz roja/i.test(name)) {
    return { kind: 'international_org', subtype: 'international_organization' };
  }
  if (INGOS.has(first) || /\binternationale?\b|save the children|world vision|word vision|m[ée]decins|solidarit[ée]s|plan\b/i.test(name)) {
    return { kind: 'international_org', subtype: 'international_ngo' };
  }
  return { kind: 'civil_society' };
}
