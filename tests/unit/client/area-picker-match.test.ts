/** The area picker's matching: any language's name without case or accents, or the start of the p-code. */
import { describe, expect, it } from 'vitest';
import { areaMatches } from '../../../client/ui/forms/area-picker.js';

const area = {
  id: 'eq',
  name: 'Équateur',
  pcode: 'CD20',
  level: 1,
  parentId: null,
  isCapital: false,
  names: { ar: 'خط الاستواء', en: 'Equator' },
};

describe('areaMatches', () => {
  it('matches the name without case or accents, other names, and the p-code prefix', () => {
    expect(areaMatches(area, 'equat')).toBe(true);
    expect(areaMatches(area, 'EQUATOR')).toBe(true);
    expect(areaMatches(area, 'الاستواء')).toBe(true);
    expect(areaMatches(area, 'cd2')).toBe(true);
    expect(areaMatches(area, 'd20')).toBe(false);
    expect(areaMatches(area, 'kasai')).toBe(false);
  });
});
