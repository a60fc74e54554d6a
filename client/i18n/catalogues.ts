/// <reference types="vite/client" />
/**
 * Where each language's catalogue comes from: English is bundled; French and Arabic are fetched
 * when chosen (one chunk per namespace file, built by Vite from `messages/<language>/*.json`);
 * the pseudo-language is made from English.
 */
import type { Language } from '../../server/contracts/access.js';
import { ENGLISH, flatten, type FlatCatalogue } from './english.js';
import { PSEUDO_LANGUAGE, type InterfaceLanguage } from './languages.js';
import { pseudoLocalize } from './pseudo.js';

// English is left out of the glob: a file both imported (english.ts) and globbed becomes a chunk of
// its own, and the start then waited on a request per English namespace (29) before the workbench ran.
const LAZY = import.meta.glob<Record<string, string>>(['./messages/*/*.json', '!./messages/en/*.json'], { import: 'default' });

export const englishCatalogue: FlatCatalogue = flatten(ENGLISH as unknown as Record<string, Record<string, string>>);

export async function loadCatalogue(language: InterfaceLanguage): Promise<FlatCatalogue> {
  if (language === 'en') return englishCatalogue;
  if (language === PSEUDO_LANGUAGE) return new Map([...englishCatalogue].map(([key, message]) => [key, pseudoLocalize(message)]));
  return flatten(await loadNamespaces(language));
}

async function loadNamespaces(language: Exclude<Language, 'en'>): Promise<Record<string, Record<string, string>>> {
  const prefix = `./messages/${language}/`;
  const entries = await Promise.all(
    Object.entries(LAZY)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  return Object.fromEntries(entries);
}
