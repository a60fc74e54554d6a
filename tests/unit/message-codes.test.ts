/**
 * The API's sentences as codes (issue 17): every code the server can produce is in the registry
 * (MESSAGE_CODES), every registered code has a message in each catalogue (en, fr, ar) using only
 * the code's params, and a zod issue becomes the code a form user's language is told.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ActorCreateSchema, ANALYSIS_MESSAGE_CODES, issueCode, MESSAGE_CODES, TieCreateSchema } from '../../server/contracts/index.js';
import { validationFailed } from '../../server/errors.js';

const ROOT = join(import.meta.dirname, '../..');
const catalogue = (language: string, file: string) =>
  JSON.parse(readFileSync(join(ROOT, 'client/i18n/messages', language, file), 'utf8')) as Record<string, string>;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(ROOT, folder, file));
}

/** Codes written in the server's source: `.saying('code'`, `problem(path, message, 'code'`, `{ code: 'x.y' }`, `messageCode: 'code'`, the analyses' `note(`, `reason(`, `analysisMessage(`. */
function codesInSource(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /\.saying\(\s*'([^']+)'/g,
    /messageCode: '([^']+)'/g,
    /problem\([^;]*?,\s*'([a-z_]+\.[a-z_.]+)'/gs,
    /\{ code: '([a-z_]+\.[a-z_.]+)'/g,
    /reason\(\s*'([^']+)'/g,
    /note\(\s*'([^']+)'/g,
    /analysisMessage\(\s*'([^']+)'/g,
    /'((?:cell|duplication|verdict|scope)\.[a-z_]+)'/g,
  ];
  for (const file of sourceFiles('server')) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  }
  return found;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

describe('message codes', () => {
  it('every code the server writes is registered', () => {
    const registered = new Set([...Object.keys(MESSAGE_CODES), ...Object.keys(ANALYSIS_MESSAGE_CODES)]);
    const found = codesInSource();
    expect(found.size).toBeGreaterThan(40);
    expect([...found].filter((code) => !registered.has(code))).toEqual([]);
  });

  const registries = [
    ['api.json', MESSAGE_CODES],
    ['analysis-api.json', ANALYSIS_MESSAGE_CODES],
  ] as const;
  for (const [file, registry] of registries) {
    for (const language of ['en', 'fr', 'ar']) {
      it(`${language}/${file} says every registered code, with only the code's params`, () => {
        const messages = catalogue(language, file);
        expect(Object.keys(messages).sort()).toEqual(Object.keys(registry).sort());
        for (const [code, params] of Object.entries(registry)) {
          const used = [...argumentsOf(parse(messages[code]!, { ignoreTag: true }))];
          expect(
            used.filter((name) => !(params as readonly string[]).includes(name)),
            `${language} ${code}`,
          ).toEqual([]);
        }
      });
    }
  }
});

describe('zod issues as codes', () => {
  const codes = (result: { error?: { issues: Parameters<typeof issueCode>[0][] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.') || '(body)', issueCode(issue)]));

  it('names required fields, limits, lists, choices and unknown fields with their values', () => {
    const result = ActorCreateSchema.safeParse({
      kind: 'civil_society',
      description: 'x'.repeat(5_012),
      influence: 9,
      basedIn: 'capital',
      reviewBy: '2025-02-30',
      stray: 1,
    });
    expect(codes(result)).toEqual({
      name: { messageCode: 'field.required', params: {} },
      description: { messageCode: 'field.too_long', params: { maximum: 5000 } },
      influence: { messageCode: 'field.too_big', params: { maximum: 5 } },
      basedIn: { messageCode: 'field.invalid_type', params: { expected: 'array' } },
      reviewBy: { messageCode: 'field.no_such_date', params: { input: '2025-02-30' } },
      '(body)': { messageCode: 'field.unknown_field', params: { key: 'stray' } },
    });
  });

  it('gives a refinement its own code: a subtype of another kind, an end before the start', () => {
    const actor = ActorCreateSchema.safeParse({ name: 'A', kind: 'civil_society', subtype: 'armed_group' });
    expect(codes(actor).subtype).toEqual({
      messageCode: 'field.subtype_of_kind',
      params: expect.objectContaining({ kind: 'civil_society', allowed: expect.arrayContaining(['womens_group']) }),
    });
    const loop = TieCreateSchema.safeParse({ sourceId: 'a', targetId: 'a', type: 'allied_with' });
    expect(codes(loop)).toEqual({ targetId: { messageCode: 'field.two_different_actors', params: {} } });
    const unknownType = TieCreateSchema.safeParse({ sourceId: 'a', targetId: 'b', type: 'likes' });
    expect(codes(unknownType)).toEqual({
      type: { messageCode: 'field.invalid_value', params: { values: expect.arrayContaining(['allied_with']) } },
    });
  });

  it('puts the codes in the 400 beside the English, which stays as it was', () => {
    const result = ActorCreateSchema.safeParse({ kind: 'civil_society', stray: 1 });
    const error = validationFailed('body', result.error!.issues);
    expect(error.messageCode).toBe('validation.invalid_request');
    expect(error.params).toEqual({ count: 2 });
    expect(error.message).toBe('Invalid request: body.name: Required.; body.stray: is not a known field');
    expect(error.details).toEqual([
      { path: 'body.name', message: 'Required.', messageCode: 'field.required', params: {} },
      { path: 'body.stray', message: 'is not a known field', messageCode: 'field.unknown_field', params: { key: 'stray' } },
    ]);
  });
});
