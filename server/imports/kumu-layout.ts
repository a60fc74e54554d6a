/**
 * The Kumu workbook layout, shared by the reader and the writer so that what we export we read
 * back unchanged: Kumu's own columns (Label, Type, Description, Tags; From, To, Type) first, then
 * ours. Multi-value cells use "|", as Kumu does. An "Areas" sheet carries the admin areas actors
 * refer to, and an "About" sheet the export metadata; Kumu ignores both.
 */
import { ACTOR_KIND_LABELS, ACTOR_KINDS, TIE_TYPE_LABELS, TIE_TYPES, type ActorKind, type TieType } from '../contracts/index.js';

/**
 * What an element's or connection's claims amount to (issue 15), written for the reader of the
 * workbook; computed from claims, which the workbook does not carry, so the reader ignores them.
 */
export const EVIDENCE_COLUMNS = ['Evidence Grade', 'Evidence Contested'] as const;

export const ELEMENT_COLUMNS = [
  'ID',
  'Label',
  'Type',
  'Description',
  'Tags',
  'Acronym',
  'Aliases',
  'Based In',
  'Active In',
  'Influence',
  'Interest',
  'Stance',
  'Do No Harm Role',
  'Women Focus',
  'Youth Focus',
  'Needs',
  'Sensitivity',
  'Review By',
  ...EVIDENCE_COLUMNS,
] as const;
export const CONNECTION_COLUMNS = [
  'ID',
  'From',
  'To',
  'Type',
  'Direction',
  'Strength',
  'Source',
  'Confidence',
  'Observed At',
  'Valid From',
  'Valid To',
  'Output',
  'Description',
  'Sensitivity',
  ...EVIDENCE_COLUMNS,
] as const;
export const AREA_COLUMNS = ['ID', 'Name', 'P-code', 'Level', 'Parent ID', 'Capital'] as const;

export const SHEETS = { elements: 'Elements', connections: 'Connections', areas: 'Areas', about: 'About' } as const;

/** Separator of multi-value cells. */
export const LIST_SEPARATOR = '|';

/** Field of ActorCreate each element column fills (for locating validation problems). */
export const ELEMENT_FIELD_COLUMNS: Record<string, string> = {
  id: 'ID',
  name: 'Label',
  kind: 'Type',
  description: 'Description',
  subtype: 'Tags',
  acronym: 'Acronym',
  aliases: 'Aliases',
  basedIn: 'Based In',
  activeIn: 'Active In',
  influence: 'Influence',
  interest: 'Interest',
  stance: 'Stance',
  doNoHarmRole: 'Do No Harm Role',
  womenFocus: 'Women Focus',
  youthFocus: 'Youth Focus',
  needs: 'Needs',
  sensitivity: 'Sensitivity',
  reviewBy: 'Review By',
};

/** Field of TieCreate each connection column fills. */
export const CONNECTION_FIELD_COLUMNS: Record<string, string> = {
  id: 'ID',
  sourceId: 'From',
  targetId: 'To',
  type: 'Type',
  directed: 'Direction',
  strength: 'Strength',
  source: 'Source',
  confidence: 'Confidence',
  observedAt: 'Observed At',
  validFrom: 'Valid From',
  validTo: 'Valid To',
  outputId: 'Output',
  description: 'Description',
  sensitivity: 'Sensitivity',
};

/** The actor kind a Kumu Type names (our label or our id, any case); null when unknown. */
export function kindForType(type: string): ActorKind | null {
  const wanted = type.trim().toLowerCase();
  return ACTOR_KINDS.find((kind) => kind === wanted || ACTOR_KIND_LABELS[kind].toLowerCase() === wanted) ?? null;
}

/** The tie type a Kumu connection Type names (our label or our id, any case); null when unknown. */
export function tieTypeForType(type: string): TieType | null {
  const wanted = type.trim().toLowerCase();
  return TIE_TYPES.find((tie) => tie === wanted || TIE_TYPE_LABELS[tie].toLowerCase() === wanted) ?? null;
}
