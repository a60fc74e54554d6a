/** How the interface language is chosen, and the pseudo-language that finds untranslated text (issue 17). */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../client/i18n/languages.js';
import { pseudoLocalize } from '../../../client/i18n/pseudo.js';

const none = { query: null, account: null, browserStored: null, browser: [] as string[] };

describe('choosing the language', () => {
  it('takes ?lang= first, then the account, then this browser’s last choice, then its languages, then English', () => {
    expect(chooseLanguage({ query: 'ar', account: 'fr', browserStored: 'en', browser: ['fr-FR'] })).toBe('ar');
    expect(chooseLanguage({ ...none, account: 'fr', browserStored: 'ar', browser: ['en-GB'] })).toBe('fr');
    expect(chooseLanguage({ ...none, browserStored: 'ar', browser: ['fr-CD'] })).toBe('ar');
    expect(chooseLanguage({ ...none, browser: ['de-DE', 'fr-CD', 'en'] })).toBe('fr');
    expect(chooseLanguage({ ...none, browser: ['de-DE', 'sw'] })).toBe('en');
  });

  it('ignores a language it does not offer, wherever it comes from', () => {
    expect(chooseLanguage({ ...none, query: 'de', account: 'ar' })).toBe('ar');
    expect(chooseLanguage({ ...none, query: 'en-XA' })).toBe('en-XA');
    expect(chooseLanguage({ ...none, browserStored: 'xx', browser: ['AR-sd'] })).toBe('ar');
  });
});

describe('the pseudo-language', () => {
  it('accents and brackets the words and leaves arguments and plurals working', () => {
    const pseudo = pseudoLocalize('Showing {shown, number} of {count, plural, one {# actor} other {# actors}}');
    expect(pseudo.startsWith('[') && pseudo.endsWith(']')).toBe(true);
    expect(pseudo).not.toContain('Showing');
    const formatted = new IntlMessageFormat(pseudo, 'en').format({ shown: 1200, count: 1 });
    expect(formatted).toBe('[Šhöwîñĝ 1,200 öf 1 áçtör]');
  });
});
