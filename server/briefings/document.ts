/**
 * The shape of a briefing before it is written: a title page and a list of blocks. Each kind
 * (coordination, engagement, actor) builds one; each format (docx, pdf) writes any of them, so a
 * kind is written once and a format once.
 */
import type { ExportProfile, Language, Sensitivity } from '../contracts/index.js';
import type { BriefingText } from './text.js';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** `widths` are relative column widths (they need not add up to anything). */
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'picture'; png: Uint8Array; width: number; height: number; caption: string };

export interface BriefingDocument {
  /** e.g. "Coordination briefing". */
  title: string;
  /** The title page's lines, label then value: map, date, made by, profile, marking. */
  facts: Array<[string, string]>;
  /** Highest sensitivity of what the document contains: printed on the title page and every page. */
  marking: Sensitivity;
  /** "Sensitivity: INTERNAL", as printed on each page. */
  markingLine: string;
  profile: ExportProfile;
  blocks: Block[];
  /** The language it is written in, its direction and shared words (absent: English, left to right). */
  language?: { lang: Language; dir: 'ltr' | 'rtl'; common: BriefingText['common'] };
}
