/**
 * The interface's languages (issue 17) and how one is chosen: `?lang=` in the address first (a
 * shared link, a test), then the language the signed-in user chose (kept with their account), then
 * the last choice made in this browser (for the sign-in form, before anyone is known), then the
 * browser's own preferences, then English. Pure, so the order is tested without a browser.
 */
import { LANGUAGES, type Language } from '../../server/contracts/access.js';

export type { Language };

/**
 * A pseudo-language for finding text that escaped translation: English with accents and
 * brackets, so anything still plain on screen was not taken from the catalogue. Only by `?lang=`.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type InterfaceLanguage = Language | typeof PSEUDO_LANGUAGE;

export interface LanguageInfo {
  code: Language;
  /** The language's name in itself, as the selector shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const INTERFACE_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
];

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

export const directionOf = (language: InterfaceLanguage): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr');

/** The BCP 47 tag dates and numbers are formatted with. */
export const localeOf = (language: InterfaceLanguage): string => (language === PSEUDO_LANGUAGE ? 'en' : language);

export interface LanguageSources {
  /** `lang` from the address, as typed. */
  query: string | null;
  /** The signed-in user's remembered choice. */
  account: Language | null;
  /** The last choice made in this browser. */
  browserStored: string | null;
  /** `navigator.languages`. */
  browser: readonly string[];
}

export function chooseLanguage(sources: LanguageSources): InterfaceLanguage {
  const asked = sources.query?.trim();
  if (asked === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  const fromQuery = primaryLanguage(asked);
  if (fromQuery) return fromQuery;
  if (sources.account) return sources.account;
  const stored = primaryLanguage(sources.browserStored);
  if (stored) return stored;
  for (const tag of sources.browser) {
    const found = primaryLanguage(tag);
    if (found) return found;
  }
  return 'en';
}

/** `fr-CD` -> `fr`; anything not offered -> null. */
function primaryLanguage(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}
