/**
 * The visual order of a right-to-left PDF line (bidi-line.ts): Arabic runs reversed by the shaper,
 * digits and Latin names left to right in their place, brackets and colons on the right side.
 */
import { describe, expect, it } from 'vitest';
import { firstStrongRtl, visualRuns } from '../../../server/briefings/bidi-line.js';

describe('visual order of a right-to-left line', () => {
  it('numbers stay left to right between Arabic words; punctuation goes with the Arabic', () => {
    expect(visualRuns('الثغرات: 3، التداخلات: 12.', true)).toEqual([
      { text: '.', rtl: false },
      { text: '12', rtl: false },
      { text: '، التداخلات: ', rtl: true },
      { text: '3', rtl: false },
      { text: 'الثغرات: ', rtl: true },
    ]);
  });

  it('an isolated Latin name keeps its order and its brackets; a percent sign stays with its number', () => {
    expect(visualRuns('تميل نحو \u2068Veridia Liberation Front (VLF)\u2069 (قوي).', true)).toEqual([
      { text: ' (قوي).', rtl: true },
      { text: 'Veridia Liberation Front (VLF)', rtl: false },
      { text: 'تميل نحو ', rtl: true },
    ]);
    expect(visualRuns('حصة العاصمة: 42%.', true)).toEqual([
      { text: '.', rtl: false },
      { text: '42%', rtl: false },
      { text: 'حصة العاصمة: ', rtl: true },
    ]);
  });

  it('a bracket alone at the end of a run is reversed and mirrored', () => {
    expect(visualRuns('التأثير (1-5)', true)).toEqual([
      { text: '(', rtl: false },
      { text: '1-5', rtl: false },
      { text: 'التأثير (', rtl: true },
    ]);
  });

  it('the paragraph direction is its first letter outside isolates', () => {
    expect(firstStrongRtl('UNDP Veridia (UNDP)')).toBe(false);
    expect(firstStrongRtl('\u2068UNDP\u2069 مكتب')).toBe(true);
    expect(firstStrongRtl('2025')).toBe(null);
    expect(visualRuns('Met جمعية النور in 2025', false)).toEqual([
      { text: 'Met ', rtl: false },
      { text: 'جمعية النور', rtl: true },
      { text: ' in 2025', rtl: false },
    ]);
  });
});
