/**
 * The language a briefing is written in (issue 17): its text tables (text.ts, text-fr.ts,
 * text-ar.ts), its direction, and the map's vocabulary (kinds, subtypes, tie types, do-no-harm
 * roles...) read from the interface's own catalogue (client/i18n/messages/<lang>/vocabulary.json),
 * so the page and the briefing say the same words. The API's codes stay English.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { ACTOR_KINDS, LANGUAGES, stanceMessageArguments, type ActorKind, type Language } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import { createUserStore } from '../access/user-store.js';
import { appPath } from '../app-root.js';
import type { Database } from '../db/database.js';
import { ENGLISH_TEXT, type BriefingText } from './text.js';
import { ARABIC_TEXT } from './text-ar.js';
import { FRENCH_TEXT } from './text-fr.js';

const TEXTS: Record<Language, BriefingText> = { en: ENGLISH_TEXT, fr: FRENCH_TEXT, ar: ARABIC_TEXT };

/** The vocabulary's words for codes: `kind('civil_society')`; an unknown code prints as its words. */
export interface Vocabulary {
  kind(code: string): string;
  tieType(code: string): string;
  subtype(code: string): string;
  sensitivity(code: string): string;
  doNoHarm(code: string): string;
  confidence(code: string): string;
  mechanism(code: string): string;
  format(code: string): string;
  outputRole(code: string): string;
  /** A stance as the interface writes it ("+1 (supportive)", "−2 (hostile)"; "Not assessed" for none). */
  stance(value: number | null): string;
}

export interface BriefingLanguage {
  lang: Language;
  dir: 'ltr' | 'rtl';
  text: BriefingText;
  words: Vocabulary;
}

const catalogues = new Map<string, Record<string, string>>();

/** One of the interface's catalogues (`vocabulary`, `format`) for `lang`, read once. */
function catalogue(lang: Language, name = 'vocabulary'): Record<string, string> {
  const key = `${lang}/${name}`;
  let found = catalogues.get(key);
  if (!found) {
    found = JSON.parse(readFileSync(appPath('client', 'i18n', 'messages', lang, `${name}.json`), 'utf8')) as Record<string, string>;
    catalogues.set(key, found);
  }
  return found;
}

/** Numbers in Arabic briefings keep Western digits, as the UN's Arabic documents print them (text-ar.ts). */
const LOCALES: Record<Language, string> = { en: 'en', fr: 'fr', ar: 'ar-u-nu-latn' };

/**
 * The interface's own stance message (client/i18n/messages/<lang>/format.json, as
 * client/ui/format.ts formats it), so a brief writes a stance as the panel, the History and the
 * diff view do: the product has one way of writing it.
 */
function stanceWriter(lang: Language): (value: number | null) => string {
  const messages = catalogue(lang, 'format');
  const message = new IntlMessageFormat(messages.stance ?? '{sign}{value, number}', LOCALES[lang]);
  return (value) => {
    if (value === null) return messages.notAssessed ?? '–';
    return String(message.format(stanceMessageArguments(value)));
  };
}

function vocabulary(lang: Language): Vocabulary {
  const entries = catalogue(lang);
  const word = (prefix: string) => (code: string) => entries[`${prefix}_${code}`] ?? code.replace(/_/g, ' ');
  return {
    kind: word('kind'),
    tieType: word('tieType'),
    subtype: word('subtype'),
    sensitivity: word('sensitivity'),
    doNoHarm: word('doNoHarm'),
    confidence: word('confidence'),
    mechanism: word('mechanism'),
    format: word('format'),
    outputRole: word('outputRole'),
    stance: stanceWriter(lang),
  };
}

/** Everything a briefing needs to be written in `lang`. */
export function briefingLanguage(lang: Language): BriefingLanguage {
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', text: TEXTS[lang], words: vocabulary(lang) };
}

/** The language asked for (`?lang=`), else the requester's account language, else English. */
export async function chooseBriefingLanguage(db: Database, viewer: Viewer, asked: Language | undefined): Promise<BriefingLanguage> {
  if (asked) return briefingLanguage(asked);
  const account = await createUserStore(db)
    .get(viewer.userId)
    .then((user) => user.language)
    .catch(() => null);
  return briefingLanguage(account && (LANGUAGES as readonly string[]).includes(account) ? account : 'en');
}

/** The legend of the network pictures: each kind's word in the briefing's language. */
export function kindLegend(language: BriefingLanguage): Record<ActorKind, string> {
  return Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, language.words.kind(kind)])) as Record<ActorKind, string>;
}
