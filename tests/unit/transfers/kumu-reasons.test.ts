/**
 * A Kumu workbook's row problems say themselves as codes with params beside the English (#17),
 * so the import report can give them in French and Arabic with the file's own text kept as
 * written: an unknown kind, a repeated ID, an unknown area, an unknown end, an empty end, an
 * unknown tie type.
 */
import { describe, expect, it } from 'vitest';
import { readKumuWorkbook } from '../../../server/imports/kumu-reader.js';
import type { Table } from '../../../server/imports/table.js';

const sheet = (name: string, rows: string[][]): Table => ({
  sheet: name,
  encoding: null,
  delimiter: null,
  rows: rows.map((cells, index) => ({ line: index + 1, cells })),
});

const META = { title: 'Kumu', description: '', source: 'test' } as never;

describe('Kumu row reasons', () => {
  it('carry a code and the file text as params', () => {
    const elements = sheet('Elements', [
      ['ID', 'Label', 'Type', 'Based In'],
      ['a', 'Alpha', 'Wizards', ''],
      ['a', 'Alpha again', 'government', 'nowhere-1'],
    ]);
    const connections = sheet('Connections', [
      ['From', 'To', 'Type'],
      ['a', 'ghost', 'befriends'],
      ['', 'a', 'allied_with'],
    ]);
    const { problems, warnings } = readKumuWorkbook([elements, connections], META, new Set());
    const said = (list: typeof problems) =>
      list.map(({ line, column, sheet, messageCode, params }) => ({ line, column, sheet, messageCode, params }));
    expect(said(warnings)).toEqual([
      { line: 2, column: 'C (Type)', sheet: 'Elements', messageCode: 'import.kumu_not_an_actor_kind', params: { value: 'Wizards' } },
    ]);
    expect(said(problems)).toEqual([
      { line: 3, column: 'A (ID)', sheet: 'Elements', messageCode: 'import.kumu_id_twice', params: { id: 'a', line: 2 } },
      { line: 3, column: 'D (Based In)', sheet: 'Elements', messageCode: 'import.kumu_unknown_area', params: { id: 'nowhere-1' } },
      { line: 2, column: 'B (To)', sheet: 'Connections', messageCode: 'import.kumu_unknown_element', params: { value: 'ghost' } },
      { line: 2, column: 'C (Type)', sheet: 'Connections', messageCode: 'import.kumu_not_a_tie_type', params: { value: 'befriends' } },
      { line: 3, column: 'A (From)', sheet: 'Connections', messageCode: 'import.cell_empty', params: {} },
    ]);
    // The English stays as it was.
    expect(problems[0]?.reason).toBe('"a" is already the ID of row 2');
    expect(warnings[0]?.reason).toBe('"Wizards" is not an actor kind; read as civil society (a person should check)');
  });
});
