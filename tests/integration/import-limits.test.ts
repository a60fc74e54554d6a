/**
 * Limits of POST /api/imports against the real server: 413 before parsing, zip bombs and zips
 * with too many entries refused before inflating, spreadsheet formulas stored as text.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { upload } from '../support/transfers/transfer-client.js';
import { authHeaders } from '../support/http.js';

const server = useTestServer({ reset: 'each' });

describe('limits', () => {
  it('answers 413 for an upload over 20 MB, before parsing', async () => {
    const result = await upload(server.baseUrl, 'huge.csv', new Uint8Array(21 * 1024 * 1024).fill(0x41), { contentType: 'text/csv' });
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('payload_too_large');
  });

  it('takes a JSON snapshot over 1 MB sent as application/json: the route reads its own bytes, no JSON parser limits it', async () => {
    const snapshot = await (
      await fetch(`${server.baseUrl}/api/exports/snapshot?profile=full`, { headers: authHeaders(server.baseUrl) })
    ).json();
    const padded = {
      ...snapshot,
      dataset: { ...snapshot.dataset, meta: { ...snapshot.dataset.meta, description: 'x'.repeat(1_200_000) } },
    };
    const text = JSON.stringify(padded);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const result = await upload(server.baseUrl, 'snapshot.json', text, { contentType: 'application/json', query: '&dryRun=true' });
    expect(result.body.error?.code).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('validated');
  });

  it('refuses a zip bomb from its central directory, before inflating', async () => {
    const bomb = zipSync({ 'input.csv': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await upload(server.baseUrl, 'bomb.zip', bomb, { contentType: 'application/zip' });
    expect(result.status).toBe(422);
    expect(result.body.problems[0].reason).toMatch(/inflates \d+ times its size \(a zip bomb\?\); refused before inflating/);
  });

  it('refuses a zip with too many entries', async () => {
    const entries = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`f${index}.csv`, new Uint8Array([0x41])]));
    const result = await upload(server.baseUrl, 'many.zip', zipSync(entries), { contentType: 'application/zip' });
    expect(result.status).toBe(422);
    expect(result.body.problems[0].reason).toMatch(/lists 300 entries; at most 200/);
  });

  it('says each whole-file refusal as a code with its params too, for the interface to translate (#17)', async () => {
    const empty = await upload(server.baseUrl, 'empty.csv', new Uint8Array(0), { contentType: 'text/csv' });
    expect(empty.status).toBe(422);
    expect(empty.body.problems).toEqual([
      { line: null, column: null, sheet: null, reason: 'the file is empty', messageCode: 'import.file_empty', params: {} },
    ]);

    const two = zipSync({ 'a.csv': new Uint8Array([0x41]), 'b.csv': new Uint8Array([0x42]) });
    const twoCsv = await upload(server.baseUrl, 'two.zip', two, { contentType: 'application/zip' });
    expect(twoCsv.status).toBe(422);
    expect(twoCsv.body.problems).toEqual([
      {
        line: null,
        column: null,
        sheet: null,
        reason: 'a zipped import must hold exactly one .csv file; this zip holds a.csv, b.csv',
        messageCode: 'import.zip_not_one_csv',
        params: { count: 2, entries: ['a.csv', 'b.csv'] },
      },
    ]);

    const entries = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`f${index}.csv`, new Uint8Array([0x41])]));
    const many = await upload(server.baseUrl, 'many.zip', zipSync(entries), { contentType: 'application/zip' });
    expect(many.body.problems).toEqual([
      expect.objectContaining({ messageCode: 'import.zip_too_many_entries', params: { count: 300, maximum: 200 } }),
    ]);
  });

  it('refuses an invalid zip as a whole', async () => {
    const result = await upload(server.baseUrl, 'broken.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), {
      contentType: 'application/zip',
    });
    expect(result.status).toBe(422);
    expect(result.body.problems[0].reason).toMatch(/not a readable zip/);
  });

  it('stores a spreadsheet formula as its text, never evaluated', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('3W');
    sheet.addRow(['Organisation', 'Sector']);
    sheet.addRow(['#org', '#sector']);
    sheet.addRow([{ formula: 'CONCATENATE("Evil","Corp")', result: 'EvilCorp' }, 'Health']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await upload(server.baseUrl, 'formula.xlsx', bytes, {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(result.status).toBe(201);
    expect(await server.count(`MATCH (a:Actor {name: '=CONCATENATE("Evil","Corp")'}) RETURN count(a)`)).toBe(1);
    expect(await server.count("MATCH (a:Actor {name: 'EvilCorp'}) RETURN count(a)")).toBe(0);
  });

  it('answers 404 for an unknown import job', async () => {
    const response = await fetch(`${server.baseUrl}/api/imports/no-such-job`, { headers: authHeaders(server.baseUrl) });
    expect(response.status).toBe(404);
  });
});
