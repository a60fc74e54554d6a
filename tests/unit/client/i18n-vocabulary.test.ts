/** The English vocabulary catalogue says what the server's labels say, and names every code of every list (issue 17). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KIND_LABELS,
  ALL_ACTOR_SUBTYPES,
  CONFIDENCE_LEVELS,
  DO_NO_HARM_ROLES,
  ENGAGEMENT_FORMATS,
  EVIDENCE_GRADE_LABELS,
  MECHANISM_KINDS,
  OUTPUT_ROLES,
  SENSITIVITY_LEVELS,
  TIE_TYPE_LABELS,
} from '../../../server/contracts/index.js';
import { humanize } from '../../../client/ui/format.js';

const english = JSON.parse(readFileSync(join(import.meta.dirname, '../../../client/i18n/messages/en/vocabulary.json'), 'utf8')) as Record<
  string,
  string
>;

describe('the vocabulary catalogue', () => {
  it('English equals the server’s labels for kinds, tie types and evidence grades, and the page’s wording of subtypes', () => {
    for (const [kind, label] of Object.entries(ACTOR_KIND_LABELS)) expect(english[`kind_${kind}`], kind).toBe(label);
    for (const [type, label] of Object.entries(TIE_TYPE_LABELS)) expect(english[`tieType_${type}`], type).toBe(label);
    for (const [grade, label] of Object.entries(EVIDENCE_GRADE_LABELS)) expect(english[`grade_${grade}`], grade).toBe(label);
    for (const subtype of ALL_ACTOR_SUBTYPES) expect(english[`subtype_${subtype}`], subtype).toBe(humanize(subtype));
  });

  it('has a word for every code of every closed list, and no word for a code that does not exist', () => {
    const codes = [
      ...Object.keys(ACTOR_KIND_LABELS).map((code) => `kind_${code}`),
      ...Object.keys(TIE_TYPE_LABELS).map((code) => `tieType_${code}`),
      ...ALL_ACTOR_SUBTYPES.map((code) => `subtype_${code}`),
      ...SENSITIVITY_LEVELS.map((code) => `sensitivity_${code}`),
      ...DO_NO_HARM_ROLES.map((code) => `doNoHarm_${code}`),
      ...CONFIDENCE_LEVELS.map((code) => `confidence_${code}`),
      ...Object.keys(EVIDENCE_GRADE_LABELS).map((code) => `grade_${code}`),
      ...OUTPUT_ROLES.map((code) => `outputRole_${code}`),
      ...MECHANISM_KINDS.map((code) => `mechanism_${code}`),
      ...ENGAGEMENT_FORMATS.map((code) => `format_${code}`),
    ];
    expect(Object.keys(english).sort()).toEqual([...new Set(codes)].sort());
  });
});
