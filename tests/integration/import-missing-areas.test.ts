/**
 * Walkthrough B1: a multi-country 3W table (the real UNHCR file) imported into the reference map
 * creates no admin area by default. Every area the file names that the map lacks is a warning with
 * the lines naming it; the rows keep their other data without the area link. Only the explicit
 * createAreas option creates them. Also: the counts split new and matched actors (S2), and
 * GET /api/imports?mine=true lists only the caller's own imports (S3).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { readReferenceDataset } from '../../server/seed/seed-database.js';
import { THREE_W, readShared } from '../support/transfers/transfer-client.js';
import { as, importAs } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
const areaCount = () => server.count('MATCH (a:AdminArea) RETURN count(a)');
let analyst: { userId: string; token: string };

beforeEach(async () => {
  await loadDataset(server.db, readReferenceDataset());
  analyst = await server.userWithToken(`areas-${Math.random().toString(36).slice(2, 10)}`, 'analyst', 'internal');
}, 120_000);

describe('admin areas a table names that the map lacks', () => {
  it('are not created by default: each is a warning with its lines, and the rows keep their other data', async () => {
    const before = await areaCount();
    const actorsBefore = await server.count('MATCH (a:Actor) RETURN count(a)');
    const result = await importAs(server, analyst.token, 'unhcr-3w.csv', readShared(THREE_W));
    expect(result.status, JSON.stringify(result.body.problems)).toBe(201);
    expect(await areaCount()).toBe(before);
    expect(result.body.counts.areas).toBe(0);
    // 17 countries or situations and 57 first-level areas, none of them Veridia's.
    expect(result.body.missingAreas).toHaveLength(74);
    expect(result.body.missingAreas.filter((area: { level: number }) => area.level === 0)).toHaveLength(17);
    const chad = result.body.missingAreas.find((area: { name: string }) => area.name === 'Chad');
    expect(chad).toMatchObject({ level: 0, created: false });
    expect(chad.rows).toBeGreaterThan(0);
    expect(chad.lines.length).toBeGreaterThan(0);
    const warning = result.body.warnings.find((w: { reason: string }) => w.reason.includes('no admin area "Chad"'));
    expect(warning.line).toBe(chad.lines[0]);
    expect(warning.reason).toMatch(new RegExp(`named on lines? ${chad.lines[0]}`));
    expect(warning.reason).toMatch(/not created: the \d+ rows? naming it keep their other data/);
    // The rows still import their organisations and sectors.
    expect(await server.count('MATCH (a:Actor) RETURN count(a)')).toBe(actorsBefore + 247);
    expect(await server.count("MATCH (x:Activity) WHERE x.id STARTS WITH 'sector-' RETURN count(x)")).toBe(40);
    // S2: the counts say which actors are new and which are the map's (8 reference agencies).
    expect(result.body.counts.matched.actors).toBe(8);
    expect(result.body.counts.actors - result.body.counts.matched.actors).toBe(247);
  });

  it('are created when the person asks (createAreas=true), and the warning says so', async () => {
    const before = await areaCount();
    const result = await importAs(server, analyst.token, 'unhcr-3w.csv', readShared(THREE_W), '&createAreas=true');
    expect(result.status).toBe(201);
    expect(result.body.counts.areas).toBe(74);
    expect(await areaCount()).toBe(before + 74);
    expect(result.body.missingAreas.every((area: { created: boolean }) => area.created)).toBe(true);
    expect(result.body.warnings.some((w: { reason: string }) => /no admin area "Chad".*created by this import/.test(w.reason))).toBe(true);
  });

  it('are linked, not created, when the map has them by name or p-code', async () => {
    await server.count(
      "CREATE (a:AdminArea {id: 'vr-east', name: 'Eastern Marches', pcode: 'VR07', level: 1, isCapital: false}) RETURN count(a)",
    );
    const table =
      '#org,#country,#adm1,#adm1+code\nLocal Relief Group,Veridia,eastern marches,\nOther Relief Group,Veridia,Somewhere,vr07\n';
    const before = await areaCount();
    const result = await importAs(server, analyst.token, 'veridia.csv', table);
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(await areaCount()).toBe(before);
    expect(result.body.missingAreas.map((area: { name: string }) => area.name)).toEqual(['Veridia']);
    expect(await server.count("MATCH (a:Actor)-[:ACTIVE_IN]->(:AdminArea {id: 'vr-east'}) RETURN count(a)")).toBe(2);
  });
});

describe('GET /api/imports?mine=true', () => {
  it("lists the caller's own recent imports with counts and whether undone, never another user's", async () => {
    const table = '#org,#sector\nList Test Org,Protection\n';
    const first = await importAs(server, analyst.token, 'mine.csv', table);
    expect(first.status).toBe(201);
    expect((await as(server, analyst.token)('DELETE', `/api/imports/${first.body.importId}`)).status).toBe(200);
    const other = await server.userWithToken('areas-other', 'analyst', 'internal');
    await importAs(server, other.token, 'theirs.csv', '#org\nTheir Org\n');
    const mine = await as(server, analyst.token)('GET', '/api/imports?mine=true');
    expect(mine.status).toBe(200);
    expect(mine.body.imports).toHaveLength(1);
    expect(mine.body.imports[0]).toMatchObject({ importId: first.body.importId, fileName: 'mine.csv', status: 'imported' });
    expect(mine.body.imports[0].undoneAt).toEqual(expect.any(String));
    expect(mine.body.imports[0].counts).toMatchObject({ actors: 1, matched: { actors: 0, ties: 0 } });
    const admin = await server.userWithToken('areas-admin', 'administrator', 'strictly_confidential');
    expect((await as(server, admin.token)('GET', '/api/imports?mine=true')).body.imports).toEqual([]);
  });
});
