/**
 * The catalogues (issue 17): French and Arabic have exactly the English keys, in the same
 * namespace files; every message parses as ICU and names the same arguments as its English;
 * plurals cover every form the language has (Arabic's six), so no count reads wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../client/i18n/messages');
const LANGUAGES = ['en', 'fr', 'ar'];

const namespaces = (language: string) =>
  readdirSync(join(ROOT, language))
    .filter((file) => file.endsWith('.json'))
    .sort();
const catalogue = (language: string, file: string) =>
  JSON.parse(readFileSync(join(ROOT, language, file), 'utf8')) as Record<string, string>;

interface Shape {
  arguments: Set<string>;
  plurals: string[][];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { arguments: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') shape.arguments.add(element.value);
    if (element.type === TYPE.plural) shape.plurals.push(Object.keys(element.options).filter((key) => !key.startsWith('=')));
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
  }
  return shape;
}

describe('the interface catalogues', () => {
  it('every language has the same namespace files as English', () => {
    for (const language of LANGUAGES) expect(namespaces(language), language).toEqual(namespaces('en'));
  });

  for (const file of namespaces('en')) {
    it(`${file}: same keys, same arguments, every plural form of the language`, () => {
      const english = catalogue('en', file);
      for (const language of LANGUAGES) {
        const messages = catalogue(language, file);
        expect(Object.keys(messages).sort(), `${language}/${file} keys`).toEqual(Object.keys(english).sort());
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const [key, message] of Object.entries(messages)) {
          expect(message.trim(), `${language}/${file} ${key} is empty`).not.toBe('');
          const shape = shapeOf(parse(message, { ignoreTag: true }));
          expect([...shape.arguments].sort(), `${language}/${file} ${key} arguments`).toEqual(
            [...shapeOf(parse(english[key]!, { ignoreTag: true })).arguments].sort(),
          );
          // English and French need their "one" and "other"; Arabic needs all six of its forms.
          const needed = language === 'ar' ? forms : forms.filter((form) => form === 'one' || form === 'other');
          for (const plural of shape.plurals)
            expect(plural, `${language}/${file} ${key} plural forms`).toEqual(expect.arrayContaining(needed));
        }
      }
    });
  }
});
