/**
 * The pseudo-language: each catalogue message of English with its literal text accented and the
 * whole bracketed (`[Šîĝñ îñ]`), its placeholders, plurals and selects left as they are, so the
 * message still formats. Text on screen without the brackets did not come from the catalogue.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

const ACCENTED: Record<string, string> = {
  a: 'á',
  c: 'ç',
  e: 'é',
  g: 'ĝ',
  i: 'î',
  n: 'ñ',
  o: 'ö',
  s: 'š',
  u: 'ü',
  y: 'ý',
  A: 'Á',
  C: 'Ç',
  E: 'É',
  G: 'Ĝ',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  S: 'Š',
  U: 'Ü',
  Y: 'Ý',
};

export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

export function pseudoLocalize(message: string): string {
  const ast = parse(message, { ignoreTag: true });
  return `${PSEUDO_OPEN}${printAST(ast.map(accentLiterals))}${PSEUDO_CLOSE}`;
}

function accentLiterals(element: MessageFormatElement): MessageFormatElement {
  if (element.type === TYPE.literal) return { ...element, value: [...element.value].map((char) => ACCENTED[char] ?? char).join('') };
  if (element.type === TYPE.plural || element.type === TYPE.select) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([key, option]) => [key, { ...option, value: option.value.map(accentLiterals) }]),
    );
    return { ...element, options };
  }
  return element;
}
