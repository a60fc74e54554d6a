/**
 * Security review 2, M4: imports never rewrite an existing admin area. An existing area is left
 * alone when the file states the same values, and a file stating other values is refused at that
 * row (an area a pending grant request names included); new areas pass the area store's tree
 * checks (unique p-code, parent present, no cycle), each refusal located in the file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { as, importAs, snapshot } from '../support/security-writes.js';
import { runImport } from '../../server/imports/run-import.js';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';

const server = useTestServer({ reset: 'each' });
let analyst: { userId: string; token: string };

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  analyst = await server.userWithToken('m4-analyst', 'analyst', 'internal');
}, 120_000);

interface Problem {
  line: number | null;
  column: string | null;
  reason: string;
  messageCode?: string;
  params?: Record<string, unknown>;
}

async function area(id: string) {
  const response = await request(server.baseUrl, 'GET', `/api/areas/${id}`);
  return response.status === 200 ? response.body : null;
}

describe('imports and existing admin areas (M4)', () => {
  it('refuse renaming or moving an area a pending grant request names, and leave it unchanged', async () => {
    const admin = await server.userWithToken('m4-admin', 'administrator', 'confidential');
    const holder = await server.userWithToken('m4-holder', 'viewer', 'public');
    const asked = await as(server, admin.token)('POST', '/api/grant-requests', {
      userId: holder.userId,
      grants: [{ scope: 'area', targetId: 'east' }],
    });
    expect(asked.status).toBe(201);
    const before = await area('east');
    const file = snapshot({ areas: [{ id: 'east', name: 'Warehouse annex', level: 2, parentId: 'capital' }] });
    for (const dryRun of ['&dryRun=true', '']) {
      const refused = await importAs(server, analyst.token, 'areas.json', file, dryRun);
      expect(refused.status).toBe(422);
      expect(refused.body.problems).toEqual([
        {
          line: null,
          column: 'areas.0',
          sheet: null,
          reason: expect.stringMatching(/admin area "East" \(east\) exists with another name, level, parent; .*Areas dialog/),
          messageCode: 'import.area_exists_differently',
          params: { name: 'East', id: 'east', areaFields: ['name', 'level', 'parentId'] },
        },
      ]);
    }
    expect(await area('east')).toEqual(before);
  }, 120_000);

  it('leave an existing area alone when the file states the same values, and write nothing to it', async () => {
    const file = snapshot({
      areas: [{ id: 'east', name: 'East', pcode: 'TT02' }],
      actors: [{ id: 'new-a', name: 'New Actor', kind: 'civil_society', basedIn: ['east'] }],
    });
    const imported = await importAs(server, analyst.token, 'same.json', file);
    expect(imported.status, JSON.stringify(imported.body.problems)).toBe(201);
    expect(await server.count("MATCH (a:AdminArea {id: 'east'}) WHERE a.writtenByImport IS NULL RETURN count(a)")).toBe(1);
    expect(await server.count("MATCH (:Actor {id: 'new-a'})-[:BASED_IN]->(:AdminArea {id: 'east'}) RETURN count(*)")).toBe(1);
  }, 120_000);

  it('refuse a new area whose p-code another area holds, with its place in the file', async () => {
    const file = snapshot({ areas: [{ id: 'north', name: 'North', pcode: 'tt01' }] });
    const refused = await importAs(server, analyst.token, 'pcode.json', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((problem: Problem) => [problem.column, problem.reason, problem.messageCode, problem.params])).toEqual([
      [
        'areas.0',
        'new admin area "North" (north): p-code: p-code tt01 is already used by Capital',
        'field.pcode_taken',
        { pcode: 'tt01', name: 'Capital' },
      ],
    ]);
    expect(await area('north')).toBeNull();
  }, 120_000);

  it('refuse new areas that lie inside themselves or under a missing parent', async () => {
    const file = snapshot({
      areas: [
        { id: 'ring-a', name: 'Ring A', level: 2, parentId: 'ring-b' },
        { id: 'ring-b', name: 'Ring B', level: 2, parentId: 'ring-a' },
        { id: 'orphan', name: 'Orphan', level: 2, parentId: 'nowhere' },
        { id: 'fine', name: 'Fine', level: 2, parentId: 'capital' },
      ],
    });
    const refused = await importAs(server, analyst.token, 'cycle.json', file);
    expect(refused.status).toBe(422);
    const problems = refused.body.problems as Problem[];
    expect(problems.map((problem) => problem.column)).toEqual(['areas.0', 'areas.1', 'areas.2']);
    expect(problems[0]!.reason).toMatch(/Ring B lies inside this area; an area cannot lie inside itself/);
    expect(problems[2]!.reason).toMatch(/no admin area with id "nowhere"/);
    expect(problems.map((problem) => problem.messageCode)).toEqual([
      'field.area_inside_itself',
      'field.area_inside_itself',
      'field.missing_record',
    ]);
    expect(await server.count("MATCH (a:AdminArea) WHERE a.id IN ['ring-a', 'ring-b', 'orphan', 'fine'] RETURN count(a)")).toBe(0);
  }, 120_000);

  it('check again under the area lock when writing: an area changed since validation refuses the import, which writes nothing', async () => {
    const file = snapshot({
      areas: [{ id: 'north', name: 'North', pcode: 'TT09' }],
      actors: [{ id: 'new-a', name: 'New Actor', kind: 'civil_society', basedIn: ['north'] }],
    });
    const report = await runImport(
      server.db,
      { name: 'race.json', bytes: new TextEncoder().encode(file), contentType: 'application/json' },
      SYSTEM_VIEWER,
      {
        // Between validation and the write, someone gives the p-code to another area.
        onProgress: async (progress) => {
          if (progress.status === 'writing' && progress.records.written === 0)
            await server.count("MATCH (a:AdminArea {id: 'east'}) SET a.pcode = 'TT09' RETURN count(a)");
        },
      },
    );
    expect(report.status).toBe('refused');
    expect(report.problems).toEqual([
      expect.objectContaining({ column: 'areas.0', reason: expect.stringMatching(/p-code TT09 is already used by East/) }),
    ]);
    expect(await server.count("MATCH (n) WHERE n.id IN ['north', 'new-a'] RETURN count(n)")).toBe(0);
  }, 120_000);
});
