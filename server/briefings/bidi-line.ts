/**
 * The visual order of one line of a right-to-left page (an Arabic briefing), for the PDF writer,
 * which places each run itself: pdfkit (fontkit) shapes a run and reverses it when the run is in a
 * right-to-left script, but it does not reorder a mixed line, and reversing a whole Arabic line
 * would reverse the Latin names and the digits in it too.
 *
 * A small subset of the Unicode bidi algorithm (UAX #9), the part the briefings need: strong
 * letters (Arabic R, Latin L), European digits with the signs that belong to them (W4, W5, W7),
 * neutrals taking the direction of the strong text around them or the paragraph's (N1, N2),
 * levels (I1, I2) and the reversal of runs (L2); first-strong isolates (U+2068 .. U+2069, and
 * U+2066/U+2067) are laid out on their own with their own direction and placed as one piece, so a
 * Latin name inside an Arabic sentence keeps its order. The isolate marks are not drawn (the
 * embedded font has no glyph for them). Explicit embeddings and Arabic-Indic digits are not
 * handled: the briefings write neither (Arabic numbers use Western digits).
 */
import { directionalRuns, type DirectionalRun } from './bidi-runs.js';

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const NUMBER_SIGN = /[%‰°#$€£+]/;
const NUMBER_JOINER = /[.,:/\-+\u00a0\u202f]/;
const ISOLATE_OPEN = /[\u2066\u2067\u2068]/;
const ISOLATE_CLOSE = '\u2069';
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/** The text without the isolate marks. */
export const stripIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The direction of the first strong letter outside any isolate (UAX #9 P2), or null with none. */
export function firstStrongRtl(text: string): boolean | null {
  let depth = 0;
  for (const char of text) {
    if (ISOLATE_OPEN.test(char)) depth++;
    else if (char === ISOLATE_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RTL_LETTER.test(char)) return true;
    else if (depth === 0 && LTR_LETTER.test(char)) return false;
  }
  return null;
}

type Type = 'R' | 'L' | 'EN' | 'N';
/** A character, or an isolate already laid out (its runs in visual order) with the direction it counts as. */
type Unit = { kind: 'char'; text: string; type: Type } | { kind: 'isolate'; runs: DirectionalRun[]; type: 'R' | 'L' };

function units(text: string): Unit[] {
  const out: Unit[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (ISOLATE_OPEN.test(char)) {
      // To the matching close, or the end of the line (a line break inside an isolate).
      let depth = 1;
      let j = i + 1;
      for (; j < chars.length && depth > 0; j++) {
        if (ISOLATE_OPEN.test(chars[j]!)) depth++;
        else if (chars[j] === ISOLATE_CLOSE) depth--;
      }
      const inner = chars.slice(i + 1, depth === 0 ? j - 1 : j).join('');
      const rtl = char === '\u2067' ? true : char === '\u2066' ? false : (firstStrongRtl(inner) ?? true);
      if (inner.length > 0) out.push({ kind: 'isolate', runs: visualRuns(inner, rtl), type: rtl ? 'R' : 'L' });
      i = j - 1;
      continue;
    }
    if (char === ISOLATE_CLOSE) continue;
    const type: Type = RTL_LETTER.test(char) ? 'R' : LTR_LETTER.test(char) ? 'L' : DIGIT.test(char) ? 'EN' : 'N';
    out.push({ kind: 'char', text: char, type });
  }
  return out;
}

/** Resolves weak and neutral types for a right-to-left paragraph: every unit ends up R or L (its level 1 or 2). */
function resolve(list: Unit[]): Array<'R' | 'L'> {
  const types: Type[] = list.map((unit) => unit.type);
  const charAt = (i: number) => (list[i]?.kind === 'char' ? (list[i] as { text: string }).text : '');
  // W4: a single joiner between two digits is a digit; W5: signs next to digits are digits.
  for (let i = 1; i < types.length - 1; i++)
    if (types[i] === 'N' && NUMBER_JOINER.test(charAt(i)) && types[i - 1] === 'EN' && types[i + 1] === 'EN') types[i] = 'EN';
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== 'N' || !NUMBER_SIGN.test(charAt(i))) continue;
    let j = i;
    while (j < types.length && types[j] === 'N' && NUMBER_SIGN.test(charAt(j))) j++;
    const touches = types[i - 1] === 'EN' || types[j] === 'EN';
    if (touches) for (let k = i; k < j; k++) types[k] = 'EN';
  }
  // W7: digits after Latin text (back to the paragraph's start, which is R) are Latin.
  let lastStrong: 'R' | 'L' = 'R';
  for (let i = 0; i < types.length; i++) {
    if (types[i] === 'R' || types[i] === 'L') lastStrong = types[i] as 'R' | 'L';
    else if (types[i] === 'EN' && lastStrong === 'L') types[i] = 'L';
  }
  // N0: a bracket pair around Latin text after Latin text is Latin ("(VLF)"), around Arabic or digits Arabic.
  const strongAt = (i: number): 'R' | 'L' | null => (types[i] === 'L' ? 'L' : types[i] === 'R' || types[i] === 'EN' ? 'R' : null);
  const open: number[] = [];
  for (let i = 0; i < types.length; i++) {
    const char = charAt(i);
    if (char === '(' || char === '[') open.push(i);
    else if ((char === ')' || char === ']') && open.length > 0) {
      const start = open.pop()!;
      const inside = new Set(types.slice(start + 1, i).map((_, k) => strongAt(start + 1 + k)));
      let before: 'R' | 'L' = 'R';
      for (let j = start - 1; j >= 0; j--) {
        const found = strongAt(j);
        if (found) {
          before = found;
          break;
        }
      }
      const direction = inside.has('R') ? 'R' : inside.has('L') ? before : null;
      if (direction) types[start] = types[i] = direction;
    }
  }
  // N1, N2: neutrals between the same direction take it (digits count as R); others the paragraph's, R.
  const strength = (type: Type | undefined): 'R' | 'L' | null => (type === 'L' ? 'L' : type === 'R' || type === 'EN' ? 'R' : null);
  const out: Array<'R' | 'L'> = [];
  for (let i = 0; i < types.length; i++) {
    const type = types[i]!;
    if (type === 'L' || type === 'EN') {
      out.push('L'); // I2: at the paragraph's level 1, Latin and digits go up to level 2.
      continue;
    }
    if (type === 'R') {
      out.push('R');
      continue;
    }
    let before: 'R' | 'L' | null = 'R';
    for (let j = i - 1; j >= 0; j--) if ((before = strength(types[j])) !== null) break;
    let after: 'R' | 'L' | null = 'R';
    for (let j = i + 1; j < types.length; j++) if ((after = strength(types[j])) !== null) break;
    out.push(before === 'L' && after === 'L' ? 'L' : 'R');
  }
  return out;
}

/** Brackets and guillemets swapped for their mirror images, as a right-to-left run shows them. */
export const mirror = (text: string) => [...text].map((c) => MIRRORED[c] ?? c).join('');

const reverseNeutrals = (text: string) => mirror([...text].reverse().join(''));

/**
 * The runs of one line in visual order, left to right: a run marked `rtl` is drawn as one piece by
 * a shaper that reverses it (it holds Arabic letters); any other is drawn as it is.
 */
export function visualRuns(line: string, rtl: boolean): DirectionalRun[] {
  if (!rtl) return directionalRuns(stripIsolates(line)).filter((run) => run.text.length > 0);
  const list = units(line);
  const levels = resolve(list);
  // Pieces of one level, in logical order.
  type Piece = { level: 1 | 2; runs: DirectionalRun[] };
  const pieces: Piece[] = [];
  list.forEach((unit, i) => {
    const level = levels[i] === 'L' ? 2 : 1;
    const last = pieces[pieces.length - 1];
    if (unit.kind === 'isolate') {
      pieces.push({ level: unit.type === 'L' ? 2 : 1, runs: unit.runs });
      pieces.push({ level, runs: [] }); // closes the isolate: nothing after it joins its runs
      return;
    }
    if (last && last.level === level && last.runs.length === 1) {
      last.runs[0]!.text += unit.text;
    } else pieces.push({ level, runs: [{ text: unit.text, rtl: level === 1 }] });
  });
  const kept = pieces.filter((piece) => piece.runs.length > 0);
  // L2: reverse everything (level 1), then reverse back each stretch at level 2.
  const visual = [...kept].reverse();
  const ordered: Piece[] = [];
  for (let i = 0; i < visual.length;) {
    if (visual[i]!.level === 2) {
      let j = i;
      while (j < visual.length && visual[j]!.level === 2) j++;
      ordered.push(...visual.slice(i, j).reverse());
      i = j;
    } else ordered.push(visual[i++]!);
  }
  return ordered.flatMap((piece) =>
    piece.runs.map((run) =>
      // A right-to-left run without an Arabic letter is not reversed by the shaper: reverse it here.
      run.rtl && !RTL_LETTER.test(run.text) ? { text: reverseNeutrals(run.text), rtl: false } : run,
    ),
  );
}
