/**
 * A table's evidence columns on import (issue 15): the source's reliability (A-F), the claim's
 * credibility (1-6), the Admiralty pair "B2" in one cell, and the date observed grade the claim
 * of the tie a row's reference makes; the usual header names are read without a mapping. An
 * unreadable value refuses the whole import with its line, column and value, and writes nothing.
 * A re-import adds no source or claim, and a changed grade updates the claim and its source.
 * Undoing an import removes the claims and sources it created and gives those it changed their
 * earlier grades back (refused when one was written since), and the ties are graded again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { upload } from '../support/transfers/transfer-client.js';

const server = useTestServer();

const csv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\n') + '\n';
const HEADER = ['Name', 'External id', 'Parent', 'Source', 'Reliability', 'Credibility', 'Date observed'];
/** One armed group, and groups tied to it by their Parent column, each row with its own evidence. */
const table = (...rows: string[][]) => csv([HEADER, ['Hill Front', 'AG-1', '', '', '', '', ''], ...rows]);

interface Claim {
  id: string;
  sourceId: string;
  sourceTitle: string;
  reliability: string;
  credibility: number;
  observedAt: string | null;
}

async function tieOf(fromName: string): Promise<string> {
  const actors = (await request(server.baseUrl, 'GET', `/api/actors?text=${encodeURIComponent(fromName)}`)).body.items as {
    id: string;
    name: string;
  }[];
  const from = actors.find((actor) => actor.name === fromName);
  expect(from, fromName).toBeDefined();
  const ties = (await request(server.baseUrl, 'GET', `/api/ties?actor=${from!.id}`)).body.items as { id: string }[];
  expect(ties).toHaveLength(1);
  return ties[0]!.id;
}
const tieClaims = async (fromName: string) =>
  (await request(server.baseUrl, 'GET', `/api/claims?tie=${await tieOf(fromName)}`)).body.items as Claim[];
const tieEvidence = async (fromName: string) => (await request(server.baseUrl, 'GET', `/api/ties/${await tieOf(fromName)}`)).body.evidence;

const sourcesTitled = async (title: string) =>
  ((await request(server.baseUrl, 'GET', '/api/sources?limit=1000')).body.items as { title: string; reliability: string }[]).filter(
    (source) => source.title === title,
  );

beforeEach(async () => {
  await server.reset();
});

describe('evidence columns of a table', { timeout: 180_000 }, () => {
  it('reads reliability, credibility and the date observed from their usual headers into the claim', async () => {
    const file = table(['Valley Brigade', 'AG-2', 'AG-1', 'UNMISS field report 12', 'b', '2', '2026-03-04']);
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status, JSON.stringify(result.body.problems ?? result.body).slice(0, 600)).toBe(201);
    const read = Object.fromEntries((result.body.columns as { header: string; field: string | null }[]).map((c) => [c.header, c.field]));
    expect(read).toMatchObject({
      Source: 'source',
      Reliability: 'sourceReliability',
      Credibility: 'credibility',
      'Date observed': 'observedAt',
    });
    const [claim, ...more] = await tieClaims('Valley Brigade');
    expect(more).toEqual([]);
    expect(claim).toMatchObject({ sourceTitle: 'UNMISS field report 12', reliability: 'B', credibility: 2, observedAt: '2026-03-04' });
  });

  it('reads each column on its own, the others left to their defaults', async () => {
    const file = table(
      ['Reliability Only', 'AG-2', 'AG-1', 'Report R', 'C', '', ''],
      ['Credibility Only', 'AG-3', 'AG-1', 'Report C', '', '4', ''],
      ['Date Only', 'AG-4', 'AG-1', 'Report D', '', '', '2025-11-30'],
    );
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status, JSON.stringify(result.body.problems ?? result.body).slice(0, 600)).toBe(201);
    // Defaults: reliability F (never rated), credibility 3 (a reference tie is "reported"), no date.
    expect(await tieClaims('Reliability Only')).toMatchObject([{ reliability: 'C', credibility: 3, observedAt: null }]);
    expect(await tieClaims('Credibility Only')).toMatchObject([{ reliability: 'F', credibility: 4, observedAt: null }]);
    expect(await tieClaims('Date Only')).toMatchObject([{ reliability: 'F', credibility: 3, observedAt: '2025-11-30' }]);
  });

  it('reads the Admiralty pair "B2" in one cell, in either grade column, and grades the tie by it', async () => {
    const file = table(
      ['Pair Group', 'AG-2', 'AG-1', 'Panel of experts', 'a1', '', ''],
      ['Other Pair', 'AG-3', 'AG-1', 'Radio', '', 'D-4', ''],
    );
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status, JSON.stringify(result.body.problems ?? result.body).slice(0, 600)).toBe(201);
    expect(await tieClaims('Pair Group')).toMatchObject([{ reliability: 'A', credibility: 1 }]);
    expect(await tieClaims('Other Pair')).toMatchObject([{ reliability: 'D', credibility: 4 }]);
    // Credibility 1 (confirmed elsewhere) counts as corroborated, as the grade rule says.
    expect(await tieEvidence('Pair Group')).toMatchObject({ grade: 'corroborated', claims: 1 });
    expect(await tieEvidence('Other Pair')).toMatchObject({ grade: 'single_source', claims: 1 });
  });

  it('refuses a pair that disagrees with the credibility column', async () => {
    const result = await upload(server.baseUrl, 'groups.csv', table(['Pair Group', 'AG-2', 'AG-1', 'Panel', 'B2', '3', '']));
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      expect.objectContaining({ line: 3, column: 'F (Credibility)', reason: expect.stringMatching(/gives credibility 3.*gives 2/) }),
    ]);
    // The same as a code, with the cells it names, for the reader's language (issue 17).
    expect(result.body.problems[0]).toMatchObject({
      messageCode: 'import.grades_disagree',
      params: { value: '3', grade: 'credibility', given: '3', reliabilityValue: 'B2', fromReliability: '2' },
    });
  });

  it('refuses a value it cannot read with its line, column and value, and writes nothing', async () => {
    const file = table(
      ['Fine Group', 'AG-2', 'AG-1', 'Report', 'B', '2', '2026-01-01'],
      ['Bad Grade', 'AG-3', 'AG-1', 'Report', 'G', '', ''],
      ['Bad Credibility', 'AG-4', 'AG-1', 'Report', '', 'high', ''],
      ['Bad Date', 'AG-5', 'AG-1', 'Report', '', '', '12/05/2026'],
    );
    const before = await server.countMapNodes();
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status).toBe(422);
    const problems = (result.body.problems as { line: number; column: string; reason: string }[]).map(
      (p) => `${p.line} ${p.column}: ${p.reason}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^4 E \(Reliability\): "G": expected a source reliability A-F/),
      expect.stringMatching(/^5 F \(Credibility\): "high": expected an information credibility 1-6/),
      expect.stringMatching(/^6 G \(Date observed\): "12\/05\/2026" must be a date written YYYY-MM-DD/),
    ]);
    // Each reason as a code with the cell's value, for the reader's language (issue 17).
    expect(
      (result.body.problems as { messageCode: string; params: unknown }[]).map(({ messageCode, params }) => ({ messageCode, params })),
    ).toEqual([
      { messageCode: 'import.bad_reliability', params: { value: 'G' } },
      { messageCode: 'import.bad_credibility', params: { value: 'high' } },
      { messageCode: 'import.not_a_date', params: { value: '12/05/2026' } },
    ]);
    expect(await server.countMapNodes()).toBe(before);
    expect(await sourcesTitled('Report')).toEqual([]);
  });

  it('re-imports without a second source or claim, and a changed grade updates the claim and its source', async () => {
    const first = table(
      ['Valley Brigade', 'AG-2', 'AG-1', 'Field report 7', 'C', '3', '2026-02-01'],
      ['River Brigade', 'AG-3', 'AG-1', 'Field report 7', 'C', '5', ''],
    );
    expect((await upload(server.baseUrl, 'groups.csv', first)).status).toBe(201);
    const [claim] = await tieClaims('Valley Brigade');
    expect(await upload(server.baseUrl, 'groups.csv', first).then((r) => r.status)).toBe(201);
    expect(await tieClaims('Valley Brigade')).toEqual([claim]);
    expect(await sourcesTitled('Field report 7')).toMatchObject([{ reliability: 'C' }]);

    // The keeper of the file regrades it: the claim and the source take the file's new word, the
    // blank date keeps the stored one, and the other tie from the same source follows its reliability.
    const regraded = table(
      ['Valley Brigade', 'AG-2', 'AG-1', 'Field report 7', 'B2', '', ''],
      ['River Brigade', 'AG-3', 'AG-1', 'Field report 7', '', '', ''],
    );
    const again = await upload(server.baseUrl, 'groups.csv', regraded);
    expect(again.status, JSON.stringify(again.body.problems ?? again.body).slice(0, 600)).toBe(201);
    const after = await tieClaims('Valley Brigade');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: claim!.id,
      sourceId: claim!.sourceId,
      reliability: 'B',
      credibility: 2,
      observedAt: '2026-02-01',
    });
    expect(await tieClaims('River Brigade')).toMatchObject([{ sourceId: claim!.sourceId, reliability: 'B', credibility: 5 }]);
    expect(await sourcesTitled('Field report 7')).toHaveLength(1);
  });

  it('refuses one source graded differently on two rows', async () => {
    const file = table(
      ['Valley Brigade', 'AG-2', 'AG-1', 'Field report 7', 'C', '', ''],
      ['River Brigade', 'AG-3', 'AG-1', 'Field report 7', 'A', '', ''],
    );
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([
      expect.objectContaining({ line: 4, reason: expect.stringMatching(/"Field report 7" is graded A here and C on line 3/) }),
    ]);
  });
});

describe('undoing an import and its claims', { timeout: 180_000 }, () => {
  const undo = (importId: string) => request(server.baseUrl, 'DELETE', `/api/imports/${importId}`);
  const first = table(
    ['Valley Brigade', 'AG-2', 'AG-1', 'Field report 7', 'C', '3', '2026-02-01'],
    ['River Brigade', 'AG-3', 'AG-1', 'Field report 7', 'C', '5', ''],
  );
  const regraded = table(
    ['Valley Brigade', 'AG-2', 'AG-1', 'Field report 7', 'B1', '', '2026-04-01'],
    ['River Brigade', 'AG-3', 'AG-1', 'Field report 7', '', '', ''],
  );
  const openClaimVersions = () => server.count("MATCH (v:Version {recordKind: 'claim'}) WHERE v.versionTo > datetime() RETURN count(v)");

  it('removes the claims and sources the import created, with their versions closed', async () => {
    const imported = await upload(server.baseUrl, 'groups.csv', first);
    expect(imported.status).toBe(201);
    expect(await server.count('MATCH (c:Claim) RETURN count(c)')).toBe(2);
    const undone = await undo(imported.body.importId);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(await server.count('MATCH (c:Claim) RETURN count(c)')).toBe(0);
    expect(await server.count('MATCH (s:Source) RETURN count(s)')).toBe(0);
    expect((await request(server.baseUrl, 'GET', '/api/claims')).body.total).toBe(0);
    expect(await openClaimVersions()).toBe(0);
  });

  it('gives the claims and the source a re-import regraded their earlier grades back, and grades the ties again', async () => {
    expect((await upload(server.baseUrl, 'groups.csv', first)).status).toBe(201);
    const before = { valley: await tieClaims('Valley Brigade'), river: await tieClaims('River Brigade') };
    const gradesBefore = [await tieEvidence('Valley Brigade'), await tieEvidence('River Brigade')];
    expect(gradesBefore[0]).toMatchObject({ grade: 'single_source' });
    const again = await upload(server.baseUrl, 'groups.csv', regraded);
    expect(again.status).toBe(201);
    // B1: credibility 1 makes the Valley tie corroborated.
    expect(await tieClaims('Valley Brigade')).toMatchObject([{ reliability: 'B', credibility: 1, observedAt: '2026-04-01' }]);
    expect(await tieEvidence('Valley Brigade')).toMatchObject({ grade: 'corroborated' });

    const undone = await undo(again.body.importId);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    const pick = (claims: Claim[]) =>
      claims.map(({ id, sourceId, reliability, credibility, observedAt }) => ({ id, sourceId, reliability, credibility, observedAt }));
    expect(pick(await tieClaims('Valley Brigade'))).toEqual(pick(before.valley));
    expect(pick(await tieClaims('River Brigade'))).toEqual(pick(before.river));
    expect([await tieEvidence('Valley Brigade'), await tieEvidence('River Brigade')]).toEqual(gradesBefore);
    expect(await sourcesTitled('Field report 7')).toMatchObject([{ reliability: 'C' }]);
    // The claim's history has the import's grade and the undo's return to the earlier one.
    const history = await request(server.baseUrl, 'GET', `/api/claims/${before.valley[0]!.id}/history`);
    expect(history.body.items).toHaveLength(3);
    expect(history.body.items[0].before).toMatchObject({ credibility: 1, observedAt: '2026-04-01' });
    expect(await server.count('MATCH (p:ImportPrior) RETURN count(p)')).toBe(0);
  });

  it('is refused while a claim the import regraded has been written since', async () => {
    expect((await upload(server.baseUrl, 'groups.csv', first)).status).toBe(201);
    const again = await upload(server.baseUrl, 'groups.csv', regraded);
    const [claim] = await tieClaims('Valley Brigade');
    expect((await request(server.baseUrl, 'PATCH', `/api/claims/${claim!.id}`, { note: 'Checked by hand' })).status).toBe(200);
    const refused = await undo(again.body.importId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ path: `records.${claim!.id}` })]);
    expect(await tieClaims('Valley Brigade')).toMatchObject([{ credibility: 1, reliability: 'B' }]);
  });
  it('says when the source and grade columns apply to nothing: no reference column, or rows that name no reference', async () => {
    // A partner list read as actors only: its grades have no tie to grade.
    const partners = csv([
      ['Partner', 'Source', 'Reliability'],
      ['Hill Women Forum', 'Field visit 3', 'B'],
      ['Valley Youth', '', ''],
    ]);
    const listed = await upload(server.baseUrl, 'partners.csv', partners);
    expect(listed.status, JSON.stringify(listed.body).slice(0, 600)).toBe(201);
    const unused = (listed.body.warnings as { messageCode?: string; column: string; params?: Record<string, unknown> }[]).filter(
      (warning) => warning.messageCode === 'import.evidence_without_reference',
    );
    expect(unused).toEqual([expect.objectContaining({ column: 'B (Source)', params: { columns: 'B (Source), C (Reliability)' } })]);
    expect((await request(server.baseUrl, 'GET', '/api/claims')).body.total).toBe(0);

    // With a reference column, only the rows that name no reference are said, by line.
    const file = table(
      ['Valley Brigade', 'AG-2', 'AG-1', 'Report 1', 'B', '2', ''],
      ['Ridge Militia', 'AG-3', '', 'Report 2', 'C', '', ''],
    );
    const result = await upload(server.baseUrl, 'groups.csv', file);
    expect(result.status, JSON.stringify(result.body).slice(0, 600)).toBe(201);
    const rows = (result.body.warnings as { messageCode?: string; line: number; params?: Record<string, unknown> }[]).filter(
      (warning) => warning.messageCode === 'import.evidence_rows_without_reference',
    );
    expect(rows).toEqual([expect.objectContaining({ line: 4, params: expect.objectContaining({ count: 1, lines: '4' }) })]);
  });
});
