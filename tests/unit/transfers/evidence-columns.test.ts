/**
 * Who says so in a table (issue 15): the evidence columns are suggested from their usual header
 * names (English, French, Spanish; beside HXL hashtags too), never from an unrelated column of a
 * real 3W; and their cells are read in the forms real tables use ("B", "b", "B2", "2", blank) or
 * refused with what is expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../server/imports/column-plan.js';
import { readCsv } from '../../../server/imports/csv-reader.js';
import { decodeText } from '../../../server/imports/decode-text.js';
import { readObservedDate } from '../../../server/imports/import-date.js';
import { readCredibilityCell, readReliabilityCell } from '../../../server/imports/table-evidence.js';
import { FIXTURES_DIR, THREE_W } from '../../support/transfers/transfer-client.js';

const EVIDENCE = ['source', 'sourceReliability', 'credibility', 'observedAt'];
const fieldsOf = (csv: string) => planColumns(readCsv(csv, 'utf-8', 1000), undefined).fields;
const evidenceFieldsOf = (fields: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([field]) => EVIDENCE.includes(field)));

describe('suggesting the evidence columns', () => {
  it('reads the usual English, French and Spanish header names', () => {
    expect(fieldsOf('Name,Parent,Source,Reliability,Credibility,Date observed\nA,,,,,\n')).toMatchObject({
      org: 0,
      reference: 1,
      source: 2,
      sourceReliability: 3,
      credibility: 4,
      observedAt: 5,
    });
    expect(fieldsOf('Organisation,Source grade,Information credibility,Observation date\nA,,,\n')).toMatchObject({
      sourceReliability: 1,
      credibility: 2,
      observedAt: 3,
    });
    expect(fieldsOf('Organisme,Fiabilité,Crédibilité,Date d’observation\nA,,,\n')).toMatchObject({
      sourceReliability: 1,
      credibility: 2,
      observedAt: 3,
    });
    expect(fieldsOf('Organización,Fiabilidad,Credibilidad,Fecha de observación\nA,,,\n')).toMatchObject({
      sourceReliability: 1,
      credibility: 2,
      observedAt: 3,
    });
  });

  it('reads an untagged evidence column by its header beside HXL hashtags', () => {
    expect(fieldsOf('Organisation,Sector,Reliability\n#org,#sector,\nA,WASH,B\n')).toMatchObject({
      org: 0,
      sector: 1,
      sourceReliability: 2,
    });
  });

  it('suggests none for a column that only looks like one: a "Date", a "Grade", a count', () => {
    expect(evidenceFieldsOf(fieldsOf('Name,Date,Grade,Rating,Number affected\nA,2026-01-01,B,2,100\n'))).toEqual({});
  });

  it('suggests none in the real 3W and the messy fixtures (dates reported, counts of people)', () => {
    const files = [
      THREE_W,
      ...['input-valid.csv', 'input-untagged.csv', 'input-fuzzy.csv', 'input-multiple-headers.csv', 'input-valid-latin1.csv'].map(
        (name) => new URL(name, FIXTURES_DIR),
      ),
    ];
    for (const url of files) {
      const { text } = decodeText(new Uint8Array(readFileSync(url)));
      let fields: Record<string, number | undefined> = {};
      try {
        fields = planColumns(readCsv(text, 'utf-8', 5000), undefined).fields;
      } catch {
        // A file that needs a mapping suggests nothing at all.
      }
      expect(evidenceFieldsOf(fields), url.pathname).toEqual({});
    }
  });
});

describe('reading the evidence cells', () => {
  it('reads a reliability letter in either case, an Admiralty pair, and blank as not given', () => {
    expect(readReliabilityCell('B')).toEqual({ reliability: 'B' });
    expect(readReliabilityCell(' b ')).toEqual({ reliability: 'B' });
    expect(readReliabilityCell('B2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(readReliabilityCell('c-3')).toEqual({ reliability: 'C', credibility: 3 });
    expect(readReliabilityCell('')).toEqual({});
    for (const bad of ['G', '2', 'B7', 'reliable', 'AB']) expect(readReliabilityCell(bad), bad).toBeNull();
  });

  it('reads a credibility digit (as a spreadsheet may write it), an Admiralty pair, and blank as not given', () => {
    expect(readCredibilityCell('2')).toEqual({ credibility: 2 });
    expect(readCredibilityCell('2.0')).toEqual({ credibility: 2 });
    expect(readCredibilityCell('B2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(readCredibilityCell('  ')).toEqual({});
    for (const bad of ['0', '7', 'B', 'high', '2.5']) expect(readCredibilityCell(bad), bad).toBeNull();
  });

  it('reads a date observed as the API writes dates, and refuses other forms and the future', () => {
    const today = new Date('2026-06-01T12:00:00Z');
    expect(readObservedDate('2026-03-04', today)).toEqual({ date: '2026-03-04' });
    expect(readObservedDate('2026-03-04T10:00:00Z', today)).toEqual({ date: '2026-03-04' });
    expect(readObservedDate('', today)).toEqual({});
    // Each refusal also as a code with the cell's text, for the reader's language (issue 17).
    expect(readObservedDate('12/05/2026', today)).toEqual({
      reason: expect.stringMatching(/must be a date written YYYY-MM-DD/),
      messageCode: 'import.not_a_date',
      params: { value: '12/05/2026' },
    });
    expect(readObservedDate('2026-02-30', today)).toEqual({
      reason: expect.stringMatching(/no such date/),
      messageCode: 'import.no_such_date',
      params: { value: '2026-02-30' },
    });
    expect(readObservedDate('2026-07-01', today)).toEqual({
      reason: expect.stringMatching(/in the future/),
      messageCode: 'import.date_in_future',
      params: { value: '2026-07-01' },
    });
  });
});
