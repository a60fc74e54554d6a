/**
 * Choosing the page's language (issue 17), once at start and again when the user picks another:
 * before sign-in from `?lang=`, this browser's last choice and its languages; once signed in, the
 * account's remembered choice wins over the browser's (not over `?lang=`). Picking a language in
 * the header remembers it with the account and in this browser, then reloads the page, so every
 * screen is drawn once, in one language, with one direction.
 */
import type { Me } from '../../server/contracts/index.js';
import { send } from '../api.js';
import { MeSchema } from '../../server/contracts/index.js';
import { currentLanguage, t, useLanguage } from './i18n.js';
import { chooseLanguage, INTERFACE_LANGUAGES, isLanguage, type Language } from './languages.js';

const STORED_KEY = 'actor-map.language';

function sources(account: Language | null) {
  return {
    query: new URLSearchParams(window.location.search).get('lang'),
    account,
    browserStored: readStored(),
    browser: navigator.languages ?? [navigator.language],
  };
}

/** Before anyone is signed in: the sign-in form is already in the right language. */
export async function startLanguage(): Promise<void> {
  await useLanguage(chooseLanguage(sources(null)));
  translateShell(document);
}

/** Once signed in: the account's choice, if it has one and the address does not say otherwise. */
export async function adoptAccountLanguage(me: Me): Promise<void> {
  const chosen = chooseLanguage(sources(me.language));
  if (chosen !== currentLanguage()) {
    await useLanguage(chosen);
    translateShell(document);
  }
  if (isLanguage(chosen)) writeStored(chosen);
}

/** The header's language selector; `signedIn` remembers the choice with the account too. */
export function languageSelector(signedIn: boolean): HTMLElement {
  const label = document.createElement('label');
  label.className = 'language-choice';
  const caption = document.createElement('span');
  caption.className = 'visually-hidden';
  caption.textContent = t('common.language');
  const select = document.createElement('select');
  select.setAttribute('data-testid', 'language');
  for (const language of INTERFACE_LANGUAGES) {
    const option = document.createElement('option');
    option.value = language.code;
    option.lang = language.code;
    option.textContent = language.name;
    option.selected = language.code === currentLanguage();
    select.append(option);
  }
  select.addEventListener('change', () => {
    const language = select.value;
    if (!isLanguage(language)) return;
    select.disabled = true;
    writeStored(language);
    const remembered = signedIn ? send('POST', '/api/auth/language', { language }, MeSchema) : Promise.resolve();
    void remembered.finally(() => {
      // The address's own `lang` would override the choice on reload: it goes.
      const url = new URL(window.location.href);
      url.searchParams.delete('lang');
      window.location.replace(url);
    });
  });
  label.append(caption, select);
  return label;
}

/**
 * The page shell's fixed words (index.html): `data-i18n="key"` sets an element's text,
 * `data-i18n-label="key"` its aria-label.
 */
export function translateShell(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as Parameters<typeof t>[0]);
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    element.setAttribute('aria-label', t(element.dataset.i18nLabel as Parameters<typeof t>[0]));
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORED_KEY);
  } catch {
    return null;
  }
}

function writeStored(language: Language): void {
  try {
    window.localStorage.setItem(STORED_KEY, language);
  } catch {
    // Storage refused (private mode): the account still remembers.
  }
}
