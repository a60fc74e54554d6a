/** Unit tests of the pure import pieces: CSV lines, delimiters, encodings, HXL rows, ids, duplicates, CSV neutralisation. */
import { describe, expect, it } from 'vitest';
import { csvField, neutralise } from '../../../server/exports/csv-writer.js';
import { readCsv, sniffDelimiter } from '../../../server/imports/csv-reader.js';
import { decodeText } from '../../../server/imports/decode-text.js';
import { suggestDuplicates } from '../../../server/imports/duplicate-suggestions.js';
import { isHashtagRow, isHashtagRowWithoutHashes, parseHashtag } from '../../../server/imports/hxl-tags.js';
import { provisionalId } from '../../../server/imports/import-plan.js';
import { columnIndex, columnLetter } from '../../../server/imports/table.js';

describe('CSV reading', () => {
  it('keeps the starting file line of each record, multi-line cells included', () => {
    const table = readCsv('a,b\n"x\ny",1\n\nz,2\r\n', 'utf-8', 100);
    expect(table.rows.map((row) => row.line)).toEqual([1, 2, 4, 5]);
    expect(table.rows[1]?.cells).toEqual(['x\ny', '1']);
  });

  it('sniffs semicolons, tabs and pipes', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2')).toBe('|');
    expect(sniffDelimiter('"a;b",c\n"1;2",3')).toBe(',');
  });

  it('decodes UTF-8 with BOM, and latin-1 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([0x50, 0x61, 0x6e, 0x61, 0x6d, 0xe1]))).toEqual({ text: 'Panamá', encoding: 'windows-1252' });
  });
});

describe('HXL', () => {
  it('parses hashtags with attributes and tells hashtag rows from data', () => {
    expect(parseHashtag('#adm1 +code')).toEqual({ tag: 'adm1', attributes: ['code'] });
    expect(isHashtagRow(['', '#org', '#sector', 'country'])).toBe(true);
    expect(isHashtagRow(['Org X', 'Coast', '100'])).toBe(false);
    expect(isHashtagRowWithoutHashes(['', 'sector+es', 'org+es', 'country'])).toBe(true);
    expect(isHashtagRowWithoutHashes(['Org X', 'Coast', '100'])).toBe(false);
  });

  it('converts column letters both ways', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(columnIndex('AA')).toBe(26);
  });
});

describe('stable ids and duplicates', () => {
  it('keeps case variants apart until matched (names are matched exactly, never turned into ids)', () => {
    expect(provisionalId('GIZ')).toBe(provisionalId('GIZ'));
    expect(provisionalId('GIZ')).not.toBe(provisionalId('GiZ'));
  });

  it('suggests case, spelling and acronym variants but not numbered siblings', () => {
    const actor = (id: string, name: string, existing = false) => ({ id, name, existing });
    const pairs = suggestDuplicates(
      [
        actor('1', 'GIZ'),
        actor('2', 'GiZ'),
        actor('3', 'MSF-F'),
        actor('4', 'MSF - F'),
        actor('5', 'UNICEF'),
        actor('6', 'Camp 12'),
        actor('7', 'Camp 13'),
        actor('8', 'Norwegian Refugee Council'),
        actor('9', 'NRC'),
      ],
      [{ id: 'unicef', name: 'United Nations Children’s Fund', acronym: 'UNICEF', existing: true }],
    ).map((pair) => `${pair.reason}:${[pair.a.id, pair.b.id].sort().join('/')}`);
    expect(pairs.sort()).toEqual(['acronym:5/unicef', 'acronym:8/9', 'case:1/2', 'spelling:3/4']);
  });
});

describe('CSV export cells', () => {
  it('neutralises formula starts and quotes per RFC 4180', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', '\rx', 'ok'].map(neutralise)).toEqual(["'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'ok']);
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
  });
});
