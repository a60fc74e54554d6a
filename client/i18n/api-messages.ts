/**
 * The API's sentences in the interface's language (issue 17). The server writes English and,
 * beside it, the same as a `messageCode` with `params` (server/contracts/message-codes.ts); this
 * turns the code into the user's language from the `api` catalogue. In English the server's own
 * sentence is shown (it is the exact one: "At most 5,000 characters; this has 5,012."), and a code
 * this page does not know (a newer server) falls back to the English rather than to nothing.
 *
 * Params are plain values: a number, a record's name or id, a vocabulary code, or a list of them.
 * Vocabulary codes (a sensitivity level, a role, a tie type...) are said in the page's language;
 * lists are joined the way the language joins them.
 */
import {
  ANALYSIS_MESSAGE_CODES,
  isMessageCode,
  isSizeParam,
  RECORD_NAME_PARAMS,
  type ActorKind,
  type AnalysisMessage,
  type MessageParams,
  type Sensitivity,
  type TieType,
} from '../../server/contracts/index.js';
import { currentLanguage, t, tParts, type MessageKey } from './i18n.js';
import { localeOf } from './languages.js';
import { confidenceLabel, kindLabel, sensitivityLabel, subtypeLabel, tieTypeLabel } from './vocabulary.js';

/** An admin area's fields (import.area_exists_differently's areaFields) as the Areas dialog labels them. */
const AREA_FIELD_LABELS: Record<string, MessageKey> = {
  name: 'areas.nameField',
  pcode: 'areas.pcode',
  level: 'areas.levelField',
  parentId: 'areas.liesIn',
  isCapital: 'areas.capital',
  names: 'areas.otherNamesField',
};

/** Params whose values are vocabulary codes, by name. */
const VOCABULARY: Record<string, (code: string) => string> = {
  level: (code) => sensitivityLabel(code as Sensitivity),
  role: (code) => t(`accounts.role_${code}` as MessageKey),
  kind: (code) => kindLabel(code as ActorKind),
  allowed: subtypeLabel,
  tieTypes: (code) => inSentence(tieTypeLabel(code as TieType)),
  confidence: (code) => inSentence(confidenceLabel(code)),
  strength: (code) => t(`analysis.strength_${code}` as MessageKey),
  areaFields: (code) => inSentence(t(AREA_FIELD_LABELS[code] ?? 'areas.title')),
};

/** A vocabulary label inside a sentence: "Allié à" reads "allié à" mid-sentence (scripts without case keep theirs). */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase(localeOf(currentLanguage())) + label.slice(1);
}

const wordOf = (name: string, value: string): string => VOCABULARY[name]?.(value) ?? value;

/**
 * A list of words (vocabulary, values) as the language lists units: "A, B, C" in English,
 * « A, B et C » in French. Not "and": in the pseudo-language (English) that word would be text
 * no catalogue gave, which the untranslated-text check rightly reports.
 */
export const joinList = (items: readonly string[]): string =>
  new Intl.ListFormat(localeOf(currentLanguage()), { type: 'unit', style: 'short' }).format(items);

/** A size in bytes as the language writes megabytes (or kilobytes below one): "20 MB", « 20 Mo ». */
export function formatSize(bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(localeOf(currentLanguage()), {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 0,
    // CLDR's short Arabic megabyte («م.ب») is not what readers know; the long «ميغابايت» is what the catalogue writes.
    unitDisplay: currentLanguage() === 'ar' ? 'long' : 'short',
  }).format(Math.round(bytes / (mega ? 1024 * 1024 : 1024)));
}

/** A number param as shown: a size (SIZE_PARAMS) in the language's units, any other number as it is. */
const numberOf = (code: string, name: string, value: number): string | number => (isSizeParam(code, name) ? formatSize(value) : value);

/** The params as message values: vocabulary said in the page's language, lists joined, sizes in units. */
function valuesOf(code: string, params: MessageParams = {}): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? joinList(value.map((item) => wordOf(name, item)))
        : typeof value === 'string'
          ? wordOf(name, value)
          : numberOf(code, name, value),
    ]),
  );
}

/** Whether the page says this code from its own catalogue (not in English, and the code is known). */
const translates = (code: string | undefined): code is string => code !== undefined && isMessageCode(code) && currentLanguage() !== 'en';

/** One API sentence in the page's language: from its code when known, else the English as the API wrote it. */
export function sayApiMessage(english: string, code?: string, params?: MessageParams): string {
  return translates(code) ? t(`api.${code}` as MessageKey, valuesOf(code, params)) : english;
}

/**
 * An API sentence whose params name records (an actor, an output, an area): as elements, each
 * name in a `<bdi>` marked as the record's own text, so a name in another script keeps its
 * direction and the pseudo-language check (tests/support/untranslated.ts) reads it as data. In
 * every language, English included, the sentence comes from the catalogue, so the names are
 * marked the same way; `key` is the catalogue key (`analysis-api.<code>`).
 */
export function sayApiParts(key: MessageKey, params: MessageParams = {}, names: readonly string[] = []): (string | Node)[] {
  const values: Record<string, string | number | Node> = {};
  for (const [name, value] of Object.entries(params)) {
    const isName = names.includes(name);
    if (name === 'path' && Array.isArray(value)) values[name] = pathElement(value, params);
    else if (Array.isArray(value)) values[name] = isName ? nameList(value) : joinList(value.map((item) => wordOf(name, item)));
    else if (typeof value === 'string') values[name] = isName ? nameElement(value) : wordOf(name, value);
    else values[name] = numberOf(key.replace(/^api\./, ''), name, value);
  }
  return tParts(key, values);
}

/**
 * A path the analyses found (`lean.path`, the lean of a do-no-harm reason): the names in order,
 * each isolated in a `<bdi>` as the record's own text, and between two names the tie joining them
 * in the page's language ("allied with (corroborated, strength 2 of 3)"). The dashes are neutral,
 * so in Arabic the path reads right to left from the actor to the party.
 */
function pathElement(path: readonly string[], params: MessageParams): HTMLElement {
  const step = (key: string, index: number) => {
    const list = params[key];
    return Array.isArray(list) ? (list[index] ?? '') : '';
  };
  const element = document.createElement('span');
  element.className = 'an-path';
  path.forEach((name, index) => {
    if (index > 0) {
      const tie = t('analysis.pathStep', {
        tie: inSentence(tieTypeLabel(step('pathTies', index - 1) as TieType)),
        confidence: inSentence(confidenceLabel(step('pathConfidences', index - 1))),
        strength: step('pathStrengths', index - 1),
      });
      element.append(` \u2014 ${tie} \u2014 `);
    }
    element.append(nameElement(name));
  });
  return element;
}

const nameElement = (name: string): HTMLElement => {
  const element = document.createElement('bdi');
  element.dataset.recordText = '';
  element.textContent = name;
  return element;
};

/** Names joined by the language's words ("and", « et »): the joining words are Intl's, the names each in a `<bdi>`. */
function nameList(names: readonly string[]): HTMLElement {
  const list = document.createElement('span');
  // The words between the names come from Intl in the page's language, as dates do in a <time>.
  list.dataset.recordText = '';
  const parts = new Intl.ListFormat(localeOf(currentLanguage()), { type: 'conjunction' }).formatToParts([...names]);
  for (const part of parts) list.append(part.type === 'element' ? nameElement(part.value) : part.value);
  return list;
}

/**
 * An analysis's sentence (a coordination cell's explanation, a do-no-harm reason, a scope
 * statement) in the page's language from its code, the names in it marked as data; a code this
 * page does not know shows the English beside it, marked as the server's prose.
 */
export function analysisSentence(english: string, said: AnalysisMessage | undefined): (string | Node)[] {
  return analysisSentences(english, said ? [said] : []);
}

/** Several sentences that together are `english` (a cell's findings), each from its code; all English if one code is unknown. */
export function analysisSentences(english: string, said: readonly AnalysisMessage[]): (string | Node)[] {
  if (said.length === 0 || !said.every((one) => Object.hasOwn(ANALYSIS_MESSAGE_CODES, one.code))) {
    const prose = document.createElement('span');
    prose.dataset.apiText = '';
    prose.textContent = english;
    return [prose];
  }
  return said.flatMap((one, index) => [
    ...(index > 0 ? [' '] : []),
    ...sayApiParts(`analysis-api.${one.code}` as MessageKey, one.params, RECORD_NAME_PARAMS),
  ]);
}
