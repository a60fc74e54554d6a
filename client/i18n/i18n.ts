/**
 * The interface's words (issue 17): `t('namespace.key', values)` formats one ICU message
 * (plurals, selects, numbers and dates by the language's rules, through intl-messageformat) from
 * the chosen language's catalogue. The API keeps English codes; only what the user reads is
 * translated. A key missing from a catalogue falls back to English, never to nothing; the
 * catalogue test keeps that from happening in a release.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { englishCatalogue, loadCatalogue } from './catalogues.js';
import type { FlatCatalogue, MessageKey } from './english.js';
import { directionOf, localeOf, type InterfaceLanguage } from './languages.js';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date | null | undefined>;

let language: InterfaceLanguage = 'en';
let catalogue: FlatCatalogue = englishCatalogue;
const formats = new Map<string, IntlMessageFormat>();

/** Loads a language's catalogue and makes it the page's: `<html lang dir>` follow. */
export async function useLanguage(next: InterfaceLanguage): Promise<void> {
  catalogue = await loadCatalogue(next);
  language = next;
  formats.clear();
  document.documentElement.lang = localeOf(next);
  document.documentElement.dir = directionOf(next);
}

export const currentLanguage = (): InterfaceLanguage => language;

export function t(key: MessageKey, values?: MessageValues): string {
  const message = catalogue.get(key) ?? englishCatalogue.get(key);
  if (message === undefined) return key;
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, localeOf(language));
    formats.set(key, format);
  }
  return String(format.format(values as Record<string, string | number | Date>));
}

/**
 * A message with elements in it (a name in a `<bdi>`, a link): the text around them translated,
 * the elements kept as they are, in the language's own order.
 */
export function tParts(key: MessageKey, values: Record<string, string | number | Node>): (string | Node)[] {
  const message = catalogue.get(key) ?? englishCatalogue.get(key) ?? key;
  const parts = new IntlMessageFormat(message, localeOf(language)).format<Node>(values as Record<string, string | number | Node>);
  return (Array.isArray(parts) ? parts : [parts]).map((part) => (typeof part === 'string' || part instanceof Node ? part : String(part)));
}

/** A number as the language writes it (grouping, digits). */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(localeOf(language), options).format(value);

/** A date (and time, if asked) as the language writes it. */
export const formatDate = (value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string =>
  new Intl.DateTimeFormat(localeOf(language), options).format(new Date(value));
