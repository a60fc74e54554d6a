/**
 * GET /api/analysis/coordination on the fixture: a gap, an overlap beside a coordinated control,
 * a fragile area, an output with no activity and no role anywhere, a global role that covers no
 * area, and donors funding the same CSO for the same output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { CoordinationResultSchema, type CoordinationResult } from '../../server/contracts/index.js';
import { analysis, resetWith } from '../support/analysis-api.js';
import { request } from '../support/http.js';
import { ANALYSIS_FIXTURE } from '../support/analysis-fixture.js';

const server = useTestServer();
let body: CoordinationResult;
beforeAll(async () => {
  await resetWith(server, ANALYSIS_FIXTURE);
  const response = await analysis(server, 'coordination');
  expect(response.status).toBe(200);
  body = CoordinationResultSchema.parse(response.body);
});

const cell = (outputId: string, areaId: string) => body.cells.find((c) => c.outputId === outputId && c.areaId === areaId);
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

describe('coordination on the fixture', () => {
  it('has one cell per output x area, capital first', () => {
    expect(body.areas.map((a) => a.id)).toEqual(['cap', 'east', 'west']);
    expect(body.outputs).toEqual([
      { id: 'o1', title: 'Output One', activityCount: 2, hasCountryRoles: true },
      { id: 'o2', title: 'Output Two', activityCount: 0, hasCountryRoles: false },
      { id: 'o3', title: 'Output Three', activityCount: 1, hasCountryRoles: false },
    ]);
    expect(body.cells).toHaveLength(9);
  });

  it('capital: led, three agencies, all in the capital working group: no flag', () => {
    expect(cell('o1', 'cap')).toMatchObject({ flags: [], mechanismIds: ['mech1'] });
    expect(ids(cell('o1', 'cap')?.leads ?? [])).toEqual(['u1']);
    expect(ids(cell('o1', 'cap')?.supports ?? [])).toEqual(['u3', 'u2']);
  });

  it('east: two agencies and a donor with no mechanism covering the east: overlap', () => {
    expect(cell('o1', 'east')).toMatchObject({ flags: ['overlap'], mechanismIds: [] });
    expect(body.overlaps.map((c) => `${c.outputId}@${c.areaId}`)).toEqual(['o1@east']);
  });

  it('west: only one supporter: a gap, carried alone', () => {
    expect(cell('o1', 'west')).toMatchObject({ flags: ['gap', 'fragile'] });
    expect(body.gaps.map((c) => `${c.outputId}@${c.areaId}`)).toEqual(['o1@west']);
    expect(body.fragile.map((c) => `${c.outputId}@${c.areaId}`)).toEqual(['o1@west']);
  });

  it('an output nobody holds in any area, and one with only a global role, are unassigned, not per-area gaps', () => {
    expect(body.unassignedOutputs).toEqual(['o2', 'o3']);
    expect(cell('o2', 'cap')?.flags).toEqual(['gap']);
    expect(cell('o3', 'cap')?.leads).toEqual([]);
  });

  it('flags two donors funding the same CSO for the same output, with no shared mechanism for it', () => {
    expect(body.duplications).toHaveLength(1);
    expect(body.duplications[0]).toMatchObject({ outputId: 'o1', recipient: { id: 'c1' }, coordinated: false, mechanismIds: [] });
    expect(ids(body.duplications[0]?.funders ?? [])).toEqual(['d1', 'd2']);
  });

  it('builds the outputs x agencies matrix, with the global role shown', () => {
    expect(ids(body.matrix.agencies)).toEqual(['u1', 'u3', 'u2', 'd1', 'm1']);
    const row = (outputId: string) => body.matrix.rows.find((r) => r.outputId === outputId)?.cells ?? [];
    expect(row('o1').map((c) => [c.actorId, c.role])).toEqual([
      ['u1', 'lead'],
      ['u3', 'support'],
      ['u2', 'support'],
      ['d1', 'support'],
      ['m1', 'none'],
    ]);
    expect(row('o1')[0]).toMatchObject({ leadAreaIds: ['cap', 'east'], supportAreaIds: [], globalRole: null });
    expect(row('o3').find((c) => c.actorId === 'm1')).toMatchObject({ role: 'lead', leadAreaIds: [], globalRole: 'lead' });
    expect(row('o2').every((c) => c.role === 'none')).toBe(true);
  });

  it('narrows to one output; 404 for an unknown output, 400 for a malformed one', async () => {
    const one = (await analysis(server, 'coordination', { output: 'o1' })).body;
    expect(one.cells).toHaveLength(3);
    expect((await analysis(server, 'coordination', { output: 'nope' })).status).toBe(404);
    const bad = await analysis(server, 'coordination', { output: 'Not An Id' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('query.output');
  });
});

describe('coordination scope: which areas are counted, stated in words', () => {
  it('by default counts where anyone works; an area nobody works in is neither listed nor a gap', async () => {
    expect(body.scope).toMatchObject({ mode: 'worked', areaCount: 3, totalAreas: 3 });
    const created = await request(server.baseUrl, 'POST', '/api/areas', { id: 'nowhere', name: 'Nowhere', pcode: 'AF99', level: 1 });
    expect(created.status).toBe(201);
    const worked = (await analysis(server, 'coordination')).body as CoordinationResult;
    expect(worked.areas.map((a) => a.id)).toEqual(['cap', 'east', 'west']);
    expect(worked.gaps.map((c) => c.areaId)).not.toContain('nowhere');
    expect(worked.scope.statement).toBe('Scope: 3 areas where anyone works (of 4 admin areas).');

    const all = (await analysis(server, 'coordination', { scope: 'all' })).body as CoordinationResult;
    expect(all.areas.map((a) => a.id)).toContain('nowhere');
    expect(all.scope.statement).toBe('Scope: every admin area (4).');

    const level = (await analysis(server, 'coordination', { scope: 'level', level: '1', parent: 'cap' })).body as CoordinationResult;
    expect(level.areas).toEqual([]);
    expect(level.scope).toMatchObject({ mode: 'level', level: 1, parentId: 'cap', areaCount: 0 });
    const bad = await analysis(server, 'coordination', { scope: 'everywhere' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('query.scope');
  });

  it('explains cells with output titles, never output ids', () => {
    expect(cell('o1', 'west')?.explanation).toContain('Output One');
    expect(body.cells.map((c) => c.explanation).join(' ')).not.toMatch(/\bo[123]\b/);
  });
});
